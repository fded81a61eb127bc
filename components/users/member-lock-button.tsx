"use client";

import { LockIcon, LockOpenIcon } from "lucide-react";
import { lazy, type ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { LazyPopup, useLazyPopup } from "@/components/ui/lazy-popup";
import type { MemberDto } from "@/lib/schemas/users";

export type Props = { member: Pick<MemberDto, "userId" | "email" | "username" | "disabled">; disabled?: boolean };

const load = () => import("./member-lock-button-open");
const MemberLockButtonOpen = lazy(load);

export function LockButton({ member, ...props }: { member: Props["member"] } & ComponentProps<typeof Button>) {
  const verb = member.disabled ? "Unlock" : "Lock";
  return (
    <Button variant="outline" size="sm" aria-label={`${verb} ${member.email}`} aria-haspopup="dialog" {...props}>
      {member.disabled ? <LockOpenIcon aria-hidden /> : <LockIcon aria-hidden />}
      {verb}
    </Button>
  );
}

/**
 * Lock or unlock a member (Posit's user lock), after a confirmation that says what it does. The
 * confirmation (Radix alert dialog) loads on first use (components/ui/lazy-popup.tsx).
 */
export function MemberLockButton({ member, disabled }: Props) {
  const { active, triggerProps } = useLazyPopup(load, { arrows: false });
  return (
    <LazyPopup active={active} trigger={<LockButton member={member} disabled={disabled} {...triggerProps} />}>
      <MemberLockButtonOpen member={member} disabled={disabled} />
    </LazyPopup>
  );
}
