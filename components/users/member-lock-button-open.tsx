"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type MouseEvent } from "react";
import { toast } from "@/components/ui/toast";
import { setMemberLockedAction } from "@/lib/actions/users";
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
import { Spinner } from "@/components/ui/spinner";
import { notifyMemberFailure } from "./notify-failure";

import { LockButton, type Props } from "./member-lock-button";

/** Lock or unlock a member (Posit's user lock), after a confirmation that says what it does. */
/** Loaded on first use (./member-lock-button.tsx): mounts open. */
export default function MemberLockButtonOpen({ member, disabled }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(true);
  const [pending, startTransition] = useTransition();
  const locking = !member.disabled;
  const verb = locking ? "Lock" : "Unlock";

  function confirm(event: MouseEvent) {
    event.preventDefault(); // keep the dialog open (and its buttons disabled) until the server answers
    startTransition(async () => {
      const result = await setMemberLockedAction({ userId: member.userId, locked: locking });
      if (result.ok) toast.success(`${member.email} is ${locking ? "locked" : "unlocked"}`);
      else notifyMemberFailure(result, () => router.refresh());
      setOpen(false);
    });
  }

  return (
    <AlertDialog open={open} onOpenChange={(next) => !pending && setOpen(next)}>
      <AlertDialogTrigger asChild>
        <LockButton member={member} disabled={disabled} />
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle className="break-words">
            {verb} {member.email}?
          </AlertDialogTitle>
          <AlertDialogDescription>
            {locking
              ? `${member.username} can no longer sign in to this organisation, and their API keys stop working here at once. Their keys, profiles and history are kept; unlock them to give access back.`
              : `${member.username} can sign in again with their current role, and their unexpired API keys work again.`}
          </AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
          <AlertDialogAction variant={locking ? "destructive" : "default"} disabled={pending} onClick={confirm}>
            {pending && <Spinner aria-hidden />}
            {verb} user
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
