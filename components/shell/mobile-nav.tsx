"use client";

import { MenuIcon } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import { SidebarNav, type ShellNavItem } from "./sidebar-nav";

/** Below `md` the sidebar lives in a sheet behind a menu button; a tap on a link closes it. */
export function MobileNav({ items, orgSwitcher }: { items: ShellNavItem[]; orgSwitcher: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open menu" data-testid="menu-button">
          <MenuIcon aria-hidden />
        </Button>
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
