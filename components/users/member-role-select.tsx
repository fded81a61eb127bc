"use client";

import { useRouter } from "next/navigation";
import { lazy, Suspense, useOptimistic, useState, useTransition, type MouseEvent } from "react";
import { LazySelect } from "@/components/ui/lazy-select";
import { toast } from "@/components/ui/toast";
import { changeMemberRoleAction } from "@/lib/actions/users";
import { ROLES, type Role } from "@/lib/permissions";
import type { MemberDto } from "@/lib/schemas/users";
import { notifyMemberFailure } from "./notify-failure";

// The select (Radix) and the confirmation (Radix alert dialog) load on first use, not with the page.
const MemberRoleConfirm = lazy(() => import("./member-role-confirm"));

type Props = { member: Pick<MemberDto, "userId" | "email" | "role" | "version">; disabled?: boolean };

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
      const result = await changeMemberRoleAction({ userId: member.userId, role: next as Role, version: member.version });
      setProposed(null);
      if (result.ok) toast.success(`${member.email} is now ${next}`);
      else notifyMemberFailure(result, () => router.refresh());
    });
  };

  return (
    <>
      <LazySelect
        size="sm"
        className="w-32"
        aria-label={`Role of ${member.email}`}
        aria-busy={pending || undefined}
        value={role}
        onValueChange={(next) => next !== role && setProposed(next)}
        disabled={disabled || pending}
        options={ROLES.map((r) => ({ value: r, label: r }))}
      />
      {proposed !== null && (
        <Suspense fallback={null}>
          <MemberRoleConfirm email={member.email} from={member.role} proposed={proposed} pending={pending} onConfirm={confirm} onCancel={() => setProposed(null)} />
        </Suspense>
      )}
    </>
  );
}
