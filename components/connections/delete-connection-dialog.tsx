"use client";

import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { deleteConnectionAction } from "@/app/(console)/connections/actions";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { Spinner } from "@/components/ui/spinner";

type Props = { id: string; name: string; version: number; boards: { id: string; name: string; status: string }[] };

/** Names the boards that use the connection (published ones will be unpublished) before deleting it. */
export function DeleteConnectionDialog({ id, name, version, boards }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const remove = () =>
    startTransition(async () => {
      const result = await deleteConnectionAction({ id, version });
      if (!result.ok) return setError(result.error);
      toast.success(`Deleted ${name}${result.unpublished ? `; ${result.unpublished} board${result.unpublished === 1 ? "" : "s"} unpublished` : ""}`);
      router.push("/connections");
      router.refresh();
    });
  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && (setOpen(next), setError(null))}>
      <AlertDialogTrigger asChild>
        <Button variant="destructive">
          <Trash2Icon aria-hidden />
          Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete {name}?</AlertDialogTitle>
          <AlertDialogDescription>The connection and its stored secrets and tokens are deleted for good.</AlertDialogDescription>
        </AlertDialogHeader>
        {boards.length > 0 ? (
          <div className="rounded-md border border-warning/50 bg-warning/10 px-3 py-2 text-sm" data-testid="delete-used-by">
            <p className="font-medium">
              {boards.length} board{boards.length === 1 ? " uses" : "s use"} it; published ones will be unpublished:
            </p>
            <ul className="mt-1 list-disc pl-5">
              {boards.map((b) => (
                <li key={b.id}>
                  {b.name} <span className="text-muted-foreground">({b.status})</span>
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">No board uses this connection.</p>
        )}
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <Button variant="destructive" onClick={remove} disabled={pending}>
            {pending && <Spinner aria-hidden />}
            {pending ? "Deleting…" : "Delete connection"}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
