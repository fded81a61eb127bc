"use client";

import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { toast } from "sonner";
import { deleteIntegrationAction } from "@/app/(console)/integrations/actions";
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
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Spinner } from "@/components/ui/spinner";

type Props = { guid: string; name: string; version: number; usedBy: string[] };

/** Names what will lose access, and asks for the integration's name before deleting it. */
export function DeleteIntegrationDialog({ guid, name, version, usedBy }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const confirmInput = useRef<HTMLInputElement>(null);
  // An unnamed integration (the API allows one) is confirmed by its guid instead.
  const confirmation = name || guid;

  const onOpenChange = (next: boolean) => {
    if (pending) return;
    setOpen(next);
    setTyped("");
    setError(null);
  };

  const remove = () =>
    startTransition(async () => {
      setError(null);
      const result = await deleteIntegrationAction({ guid, version });
      if (!result.ok) return setError(result.conflict ? `${result.error} Nothing was deleted.` : result.error);
      // Long enough to read after the list has loaded (the navigation can take seconds).
      toast.success(`Deleted ${confirmation}`, { duration: 10_000 });
      router.push("/integrations");
    });

  return (
    <AlertDialog open={open} onOpenChange={onOpenChange}>
      <AlertDialogTrigger asChild>
        <Button variant="destructive">
          <Trash2Icon aria-hidden />
          Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent
        // Open on the text box the deletion needs, not on Cancel.
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          confirmInput.current?.focus();
        }}
      >
        <AlertDialogHeader>
          <AlertDialogTitle>Delete {confirmation}?</AlertDialogTitle>
          <AlertDialogDescription>The integration and its stored secrets are deleted for good. This cannot be undone.</AlertDialogDescription>
        </AlertDialogHeader>
        {usedBy.length > 0 ? (
          <div className="rounded-md border border-warning/50 bg-warning/10 px-3 py-2 text-sm" data-testid="delete-used-by">
            <p className="font-medium">
              {usedBy.length} content item{usedBy.length === 1 ? "" : "s"} use{usedBy.length === 1 ? "s" : ""} it and will lose access:
            </p>
            <ul className="mt-1 list-disc pl-5">
              {usedBy.map((item, i) => (
                <li key={`${item}-${i}`}>{item}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="text-sm text-muted-foreground">No content uses this integration.</p>
        )}
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (typed === confirmation) remove();
          }}
          className="space-y-4"
        >
          <Field label={`Type ${confirmation} to confirm`} error={error}>
            <Input ref={confirmInput} value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} disabled={pending} />
          </Field>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
            <Button type="submit" variant="destructive" disabled={typed !== confirmation || pending}>
              {pending && <Spinner aria-hidden />}
              {pending ? "Deleting…" : "Delete integration"}
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
