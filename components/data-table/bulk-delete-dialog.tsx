"use client";

import { useRef } from "react";
import { ConfirmDeleteDialog } from "@/components/ui/confirm-delete-dialog";

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
 * when opened (lazyPopup in data-table.tsx).
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
  const what = `${items.length} ${items.length === 1 ? noun[0] : noun[1]}`;
  const used = items.some((item) => item.usedBy);
  const deleted = useRef(false);
  return (
    <ConfirmDeleteDialog
      open
      onOpenChange={(open) => !open && onClose(deleted.current)}
      title={what}
      description="They are deleted for good, with their stored secrets. This cannot be undone."
      confirmLabel={`Delete ${what}`}
      unused={used ? undefined : "Nothing uses them."}
      onConfirm={async () => {
        const failure = await onConfirm();
        deleted.current = !failure;
        return failure;
      }}
    >
      <ul className="max-h-60 space-y-1 overflow-y-auto rounded-md border px-3 py-2 text-sm" data-testid="bulk-delete-items">
        {items.map((item) => (
          <li key={item.id} className="break-words">
            <span className="font-medium">{item.name}</span>
            {item.usedBy && <span className="text-muted-foreground"> — used by {item.usedBy}, {item.consequence ?? "which will lose access"}</span>}
            {!item.usedBy && item.consequence && <span className="text-muted-foreground"> — {item.consequence}</span>}
          </li>
        ))}
      </ul>
    </ConfirmDeleteDialog>
  );
}
