"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type MouseEvent } from "react";
import { toast } from "sonner";
import { setMemberDisabledAction } from "@/app/(console)/users/actions";
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
import type { MemberDto } from "@/lib/schemas/users";
import { notifyMemberFailure } from "./notify-failure";

type Props = { member: Pick<MemberDto, "userId" | "email" | "disabled" | "version">; disabled?: boolean };

/** Disable or enable a member, after a confirmation that says what it does. */
export function MemberStatusButton({ member, disabled }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const disabling = !member.disabled;
  const verb = disabling ? "Disable" : "Enable";

  function confirm(event: MouseEvent) {
    event.preventDefault(); // keep the dialog open (and its buttons disabled) until the server answers
    startTransition(async () => {
      const result = await setMemberDisabledAction({ userId: member.userId, disabled: disabling, version: member.version });
      if (result.ok) toast.success(`${member.email} is ${disabling ? "disabled" : "enabled"}`);
      else notifyMemberFailure(result, () => router.refresh());
      setOpen(false);
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <Button variant="outline" size="sm" disabled={disabled} aria-label={`${verb} ${member.email}`}>
          {verb}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>
            {verb} {member.email}?
          </AlertDialogTitle>
          <AlertDialogDescription>
            {disabling
              ? "They lose access to this organisation at once: console sessions and API keys stop working here. Their keys and history are kept, and you can enable them again."
              : "They regain access to this organisation with their current role, and their unexpired API keys work again."}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction variant={disabling ? "destructive" : "default"} disabled={pending} onClick={confirm}>
            {pending && <Spinner aria-hidden />}
            {verb} user
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
