"use client";

import { useState, type ReactNode } from "react";
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { MenuButton } from "./mobile-nav";
import { SidebarNav, type ShellNavItem } from "./sidebar-nav";

/** The phone menu's sheet, loaded when first used (components/shell/mobile-nav.tsx): mounts open. */
export default function MobileNavOpen({ items, orgSwitcher }: { items: ShellNavItem[]; orgSwitcher: ReactNode }) {
  const [open, setOpen] = useState(true);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <MenuButton />
      </SheetTrigger>
      <SheetContent side="left" data-testid="mobile-menu">
        <SheetTitle className="px-3 pt-1">Integration Console</SheetTitle>
        <SheetDescription className="sr-only">Sections of the console</SheetDescription>
        {orgSwitcher}
        <SidebarNav items={items} onNavigate={() => setOpen(false)} />
      </SheetContent>
    </Sheet>
  );
}
