"use client";

import { useState, useTransition } from "react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

export type BulkDeleteItem = {
  id: string;
  name: string;
  /** What uses it, e.g. "2 content items". */
  usedBy?: string;
  /** What happens to that, or to what goes with it (default "which will lose access"). */
  consequence?: string;
};

/**
 * One confirmation for a bulk delete, naming every record that goes and what uses it. Loaded only
 * when opened (next/dynamic in data-table.tsx).
 */
export default function BulkDeleteDialog({
  items,
  noun,
  onConfirm,
  onClose,
}: {
  items: BulkDeleteItem[];
  noun: [string, string];
  onConfirm: () => Promise<string | null>;
  onClose: (deleted: boolean) => void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const used = items.filter((item) => item.usedBy);
  const what = `${items.length} ${items.length === 1 ? noun[0] : noun[1]}`;
  return (
    <AlertDialog open onOpenChange={(open) => !open && !pending && onClose(false)}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete {what}?</AlertDialogTitle>
          <AlertDialogDescription>They are deleted for good, with their stored secrets. This cannot be undone.</AlertDialogDescription>
        </AlertDialogHeader>
        <ul className="max-h-60 space-y-1 overflow-y-auto rounded-md border px-3 py-2 text-sm" data-testid="bulk-delete-items">
          {items.map((item) => (
            <li key={item.id} className="break-words">
              <span className="font-medium">{item.name}</span>
              {item.usedBy && <span className="text-muted-foreground"> — used by {item.usedBy}, {item.consequence ?? "which will lose access"}</span>}
              {!item.usedBy && item.consequence && <span className="text-muted-foreground"> — {item.consequence}</span>}
            </li>
          ))}
        </ul>
        {used.length === 0 && <p className="text-sm text-muted-foreground">Nothing uses them.</p>}
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <Button
            variant="destructive"
            disabled={pending}
            onClick={() =>
              startTransition(async () => {
                const failure = await onConfirm();
                if (failure) setError(failure);
                else onClose(true);
              })
            }
          >
            {pending && <Spinner aria-hidden />}
            {pending ? "Deleting…" : `Delete ${what}`}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
