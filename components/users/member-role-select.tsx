"use client";

import { useRouter } from "next/navigation";
import { useOptimistic, useState } from "react";
import { LazySelect } from "@/components/ui/lazy-select";
import { toast } from "@/components/ui/toast";
import { changeMemberRoleAction } from "@/lib/actions/users";
import { ROLES, type Role } from "@/lib/permissions";
import type { MemberDto } from "@/lib/schemas/users";
import { notifyMemberFailure } from "./notify-failure";
import { MemberRoleDialog } from "./popups";

type Props = { member: Pick<MemberDto, "userId" | "email" | "role" | "version">; disabled?: boolean };

/**
 * A role change asks first, then carries the version this row was loaded with. The select and the
 * confirmation load on first use, not with the page.
 */
export function MemberRoleSelect({ member, disabled }: Props) {
  const router = useRouter();
  const [role, setRole] = useOptimistic(member.role);
  const [proposed, setProposed] = useState<string | null>(null);

  // Runs in the confirmation's transition, which shows it pending.
  const confirm = async (next: string) => {
    setRole(next);
    const result = await changeMemberRoleAction({ userId: member.userId, role: next as Role, version: member.version });
    if (result.ok) toast.success(`${member.email} is now ${next}`);
    else notifyMemberFailure(result, () => router.refresh());
  };

  return (
    <>
      <LazySelect
        size="sm"
        className="w-32"
        aria-label={`Role of ${member.email}`}
        value={role}
        onValueChange={(next) => next !== role && setProposed(next)}
        disabled={disabled}
        options={ROLES.map((r) => ({ value: r, label: r }))}
      />
      {proposed !== null && (
        <MemberRoleDialog email={member.email} from={member.role} proposed={proposed} onConfirm={() => confirm(proposed)} onCancel={() => setProposed(null)} />
      )}
    </>
  );
}
