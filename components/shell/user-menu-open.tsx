"use client";

import { LogOut } from "lucide-react";
import Link from "next/link";
import { signOutAction } from "@/app/(console)/actions";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { UserMenuButton } from "./user-menu";

/** The user menu, loaded when first used (components/shell/user-menu.tsx): mounts open. */
export default function UserMenuOpen({ email, role }: { email: string; role: string }) {
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>
        <UserMenuButton email={email} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56">
        <DropdownMenuLabel className="font-normal">
          <div className="truncate text-sm font-medium">{email}</div>
          <div className="text-xs text-muted-foreground" data-testid="current-role">
            {role}
          </div>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/api-keys">API keys</Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <Link href="/connected-accounts">Connected accounts</Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          {/* A full page load: the reference is a route handler, not a console page (the lint rule
              takes app/(fallback)'s catch-all 404 page for a page at every path). */}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
          <a href="/api/docs">API docs</a>
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void signOutAction()}>
          <LogOut className="size-4" aria-hidden /> Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
