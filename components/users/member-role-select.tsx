"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { toast } from "sonner";
import { changeMemberRoleAction } from "@/app/(console)/users/actions";
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from "@/components/ui/select";
import { ROLES } from "@/lib/permissions";
import type { MemberDto } from "@/lib/schemas/users";
import { notifyMemberFailure } from "./notify-failure";

type Props = { member: Pick<MemberDto, "userId" | "email" | "role" | "version">; disabled?: boolean };

/** Changes apply on selection and carry the version this row was loaded with. */
export function MemberRoleSelect({ member, disabled }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [role, setRole] = useOptimistic(member.role);

  const change = (next: string) =>
    startTransition(async () => {
      setRole(next);
      const result = await changeMemberRoleAction({ userId: member.userId, role: next, version: member.version });
      if (result.ok) toast.success(`${member.email} is now ${next}`);
      else notifyMemberFailure(result, () => router.refresh());
    });

  return (
    <Select value={role} onValueChange={change} disabled={disabled || pending}>
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
  );
}
