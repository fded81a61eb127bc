"use client";

import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { deleteOAuthAppAction } from "@/app/(console)/oauth-apps/actions";
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

/** Says how many OAuth profiles go with the app, and asks for its name before deleting. */
export function DeleteOAuthAppDialog({ id, name, version, profileCount }: { id: number; name: string; version: number; profileCount: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = () =>
    startTransition(async () => {
      setError(null);
      const result = await deleteOAuthAppAction(id, version);
      if (!result.ok) return setError(result.conflict ? `${result.error} Nothing was deleted.` : result.error);
      toast.success(`Deleted ${name}${result.deletedProfiles ? ` and ${result.deletedProfiles} OAuth profile${result.deletedProfiles === 1 ? "" : "s"}` : ""}`);
      router.push("/oauth-apps");
    });

  return (
    <AlertDialog
      open={open}
      onOpenChange={(next) => {
        if (pending) return;
        setOpen(next);
        setTyped("");
        setError(null);
      }}
    >
      <AlertDialogTrigger asChild>
        <Button variant="destructive">
          <Trash2Icon aria-hidden />
          Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Delete {name}?</AlertDialogTitle>
          <AlertDialogDescription>The OAuth app and its client secret are deleted for good. This cannot be undone.</AlertDialogDescription>
        </AlertDialogHeader>
        {profileCount > 0 ? (
          <p className="rounded-md border border-warning/50 bg-warning/10 px-3 py-2 text-sm font-medium" data-testid="delete-profiles">
            {profileCount} OAuth profile{profileCount === 1 ? "" : "s"} and {profileCount === 1 ? "its" : "their"} tokens will be deleted with it.
          </p>
        ) : (
          <p className="text-sm text-muted-foreground">No OAuth profiles use this app.</p>
        )}
        <form
          className="space-y-4"
          onSubmit={(event) => {
            event.preventDefault();
            if (typed === name) remove();
          }}
        >
          <Field label={`Type ${name} to confirm`} error={error}>
            <Input value={typed} onChange={(e) => setTyped(e.target.value)} autoComplete="off" spellCheck={false} disabled={pending} />
          </Field>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
            <Button type="submit" variant="destructive" disabled={typed !== name || pending}>
              {pending && <Spinner aria-hidden />}
              {pending ? "Deleting…" : "Delete OAuth app"}
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
