"use client";

import { useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { toast } from "@/components/ui/toast";
import { setMemberLockedAction } from "@/lib/actions/users";
import ConfirmDialog from "@/components/ui/confirm-dialog";
import type { MemberDto } from "@/lib/schemas/users";
import { notifyMemberFailure } from "./notify-failure";

type Props = { member: Pick<MemberDto, "userId" | "email" | "username" | "disabled">; trigger?: ReactNode };

/** Lock or unlock a member (Posit's user lock), after a confirmation that says what it does. Loaded on first use (./popups.ts). */
export default function MemberLockDialog({ member, trigger }: Props) {
  const router = useRouter();
  const locking = !member.disabled;
  const verb = locking ? "Lock" : "Unlock";
  return (
    <ConfirmDialog
      trigger={trigger}
      title={`${verb} ${member.email}?`}
      description={
        locking
          ? `${member.username} can no longer sign in to this organisation, and their API keys stop working here at once. Their keys, profiles and history are kept; unlock them to give access back.`
          : `${member.username} can sign in again with their current role, and their unexpired API keys work again.`
      }
      confirmText={`${verb} user`}
      destructive={locking}
      onConfirm={async () => {
        const result = await setMemberLockedAction({ userId: member.userId, locked: locking });
        if (result.ok) toast.success(`${member.email} is ${locking ? "locked" : "unlocked"}`);
        else notifyMemberFailure(result, () => router.refresh());
      }}
    />
  );
}
