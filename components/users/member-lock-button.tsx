"use client";

import { LockIcon, LockOpenIcon } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, useTransition, type MouseEvent } from "react";
import { toast } from "sonner";
import { setMemberLockedAction } from "@/app/(console)/users/actions";
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

type Props = { member: Pick<MemberDto, "userId" | "email" | "username" | "disabled">; disabled?: boolean };

/** Lock or unlock a member (Posit's user lock), after a confirmation that says what it does. */
export function MemberLockButton({ member, disabled }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
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
        <Button variant="outline" size="sm" disabled={disabled} aria-label={`${verb} ${member.email}`}>
          {locking ? <LockIcon aria-hidden /> : <LockOpenIcon aria-hidden />}
          {verb}
        </Button>
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
