"use client";

import { Trash2Icon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { deleteOAuthProfileAction } from "@/app/(console)/oauth-profiles/actions";
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

export function DeleteProfileDialog({ id, name, ownerEmail, version }: { id: number; name: string; ownerEmail: string | null; version: number }) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  const remove = () =>
    startTransition(async () => {
      setError(null);
      const result = await deleteOAuthProfileAction(id, ownerEmail ?? "", version);
      if (!result.ok) return setError(result.conflict ? `${result.error} Nothing was deleted.` : result.error);
      toast.success(`Deleted ${name}`);
      setOpen(false);
      router.push(ownerEmail ? "/oauth-profiles?owner=all" : "/oauth-profiles");
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
          <AlertDialogDescription>The profile and its stored tokens are deleted for good. This cannot be undone.</AlertDialogDescription>
        </AlertDialogHeader>
        {error && (
          <p role="alert" className="text-sm text-destructive">
            {error}
          </p>
        )}
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <Button type="button" variant="destructive" onClick={remove} disabled={pending}>
            {pending && <Spinner aria-hidden />}
            {pending ? "Deleting…" : "Delete profile"}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
