"use client";

import { useState, type ReactNode } from "react";
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { SidebarNav, type ShellNavItem } from "./sidebar-nav";

/**
 * Below `md` the sidebar lives in a sheet behind a menu button; a tap on a link closes it. Loaded
 * when first used (./popups.ts): mounts open.
 */
export default function MobileNav({ items, orgSwitcher, trigger }: { items: ShellNavItem[]; orgSwitcher: ReactNode; trigger?: ReactNode }) {
  const [open, setOpen] = useState(true);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>{trigger}</SheetTrigger>
      <SheetContent side="left" data-testid="mobile-menu">
        <SheetTitle className="px-3 pt-1">Integration Console</SheetTitle>
        <SheetDescription className="sr-only">Sections of the console</SheetDescription>
        {orgSwitcher}
        <SidebarNav items={items} onNavigate={() => setOpen(false)} />
      </SheetContent>
    </Sheet>
  );
}
