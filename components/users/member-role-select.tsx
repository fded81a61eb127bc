"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition, type MouseEvent } from "react";
import { toast } from "sonner";
import { changeMemberRoleAction } from "@/app/(console)/users/actions";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { ROLES } from "@/lib/permissions";
import type { MemberDto } from "@/lib/schemas/users";
import { notifyMemberFailure } from "./notify-failure";

type Props = { member: Pick<MemberDto, "userId" | "email" | "role" | "version">; disabled?: boolean };

const WHAT_ROLES_DO: Record<string, string> = {
  admin: "Admins manage integrations, users, roles and the audit log.",
  publisher: "Publishers read integrations and use them in content; they change nothing else.",
  viewer: "Viewers see only their own OAuth profiles and API keys.",
};

/** A role change asks first, then carries the version this row was loaded with. */
export function MemberRoleSelect({ member, disabled }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [role, setRole] = useOptimistic(member.role);
  const [proposed, setProposed] = useState<string | null>(null);

  const confirm = (event: MouseEvent) => {
    event.preventDefault(); // keep the dialog open until the server answers
    const next = proposed;
    if (!next) return;
    startTransition(async () => {
      setRole(next);
      const result = await changeMemberRoleAction({ userId: member.userId, role: next, version: member.version });
      setProposed(null);
      if (result.ok) toast.success(`${member.email} is now ${next}`);
      else notifyMemberFailure(result, () => router.refresh());
    });
  };

  return (
    <>
      <Select value={role} onValueChange={(next) => next !== role && setProposed(next)} disabled={disabled || pending}>
        <SelectTrigger size="sm" className="w-32" aria-label={`Role of ${member.email}`} aria-busy={pending || undefined}>
          {/* Spelled out so the server-rendered HTML shows it before the items exist. */}
          <SelectValue>{role}</SelectValue>
        </SelectTrigger>
        <SelectContent>
          {ROLES.map((r) => (
            <SelectItem key={r} value={r}>
              {r}
            </SelectItem>
          ))}
        </SelectContent>
      </Select>
      <AlertDialog open={proposed !== null} onOpenChange={(open) => !open && !pending && setProposed(null)}>
        <AlertDialogContent>
          <AlertDialogHeader>
            <AlertDialogTitle>
              Make {member.email} {proposed}?
            </AlertDialogTitle>
            <AlertDialogDescription>
              Their role changes from {member.role} to {proposed} at once, for console sessions and API keys alike. {proposed ? WHAT_ROLES_DO[proposed] : ""}
            </AlertDialogDescription>
          </AlertDialogHeader>
          <AlertDialogFooter>
            <AlertDialogCancel disabled={pending}>Cancel</AlertDialogCancel>
            <AlertDialogAction disabled={pending} onClick={confirm}>
              {pending && <Spinner aria-hidden />}
              Change role
            </AlertDialogAction>
          </AlertDialogFooter>
        </AlertDialogContent>
      </AlertDialog>
    </>
  );
}
