"use client";

import { UserRound } from "lucide-react";
import { lazy, type ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { LazyPopup, useLazyPopup } from "@/components/ui/lazy-popup";

const load = () => import("./user-menu-open");
const UserMenuOpen = lazy(load);

/** The header's account button; its menu (Radix) loads on first use (components/ui/lazy-popup.tsx). */
export function UserMenuButton({ email, ...props }: { email: string } & ComponentProps<typeof Button>) {
  return (
    <Button variant="ghost" size="sm" aria-label="User menu" aria-haspopup="menu" className="gap-2" {...props}>
      <UserRound className="size-4" aria-hidden />
      <span className="hidden max-w-48 truncate sm:inline">{email}</span>
    </Button>
  );
}

export function UserMenu({ email, role }: { email: string; role: string }) {
  const { active, triggerProps } = useLazyPopup(load);
  return (
    <LazyPopup active={active} trigger={<UserMenuButton email={email} aria-expanded={false} {...triggerProps} />}>
      <UserMenuOpen email={email} role={role} />
    </LazyPopup>
  );
}
