"use client";

import { useState, useTransition, type MouseEvent } from "react";
import { revokeSessionTokenAction } from "@/lib/actions/workloads";
import {
  AlertDialog,
  AlertDialogAction,
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
import { toast } from "@/components/ui/toast";

/** Revoke one content session token, after a confirmation. */
export function RevokeSessionTokenButton({ workloadGuid, token }: { workloadGuid: string; token: { id: string; prefix: string } }) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();

  function revoke(event: MouseEvent) {
    event.preventDefault(); // keep the dialog open until the server answers
    startTransition(async () => {
      const result = await revokeSessionTokenAction(workloadGuid, token.id);
      if (result.ok) toast.success(`Revoked ${token.prefix}…`);
      else toast.error(result.error);
      setOpen(false);
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" aria-label={`Revoke ${token.prefix}`}>
          Revoke
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>Revoke {token.prefix}…?</AlertDialogTitle>
          <AlertDialogDescription>
            A workload presenting this token gets no more tokens from the credential exchange, from now on. This cannot be undone; create another
            token if it still needs one.
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction variant="destructive" disabled={pending} onClick={revoke}>
            {pending && <Spinner aria-hidden />}
            Revoke token
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
