"use client";

import { MenuIcon } from "lucide-react";
import { lazy, type ComponentProps, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { LazyPopup, useLazyPopup } from "@/components/ui/lazy-popup";
import type { ShellNavItem } from "./sidebar-nav";

const load = () => import("./mobile-nav-open");
const MobileNavOpen = lazy(load);

export function MenuButton(props: ComponentProps<typeof Button>) {
  return (
    <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open menu" aria-haspopup="dialog" data-testid="menu-button" {...props}>
      <MenuIcon aria-hidden />
    </Button>
  );
}

/**
 * Below `md` the sidebar lives in a sheet behind a menu button; a tap on a link closes it. The
 * sheet (Radix dialog) loads on first use (components/ui/lazy-popup.tsx).
 */
export function MobileNav({ items, orgSwitcher }: { items: ShellNavItem[]; orgSwitcher: ReactNode }) {
  const { active, triggerProps } = useLazyPopup(load, { arrows: false });
  return (
    <LazyPopup active={active} trigger={<MenuButton aria-expanded={false} {...triggerProps} />}>
      <MobileNavOpen items={items} orgSwitcher={orgSwitcher} />
    </LazyPopup>
  );
}
