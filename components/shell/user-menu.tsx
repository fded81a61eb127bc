"use client";

import { LogOut } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { signOutAction } from "@/lib/actions/session";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/** The header's account menu, loaded when first used (./popups.ts): mounts open. */
export default function UserMenu({ email, role, trigger }: { email: string; role: string; trigger?: ReactNode }) {
  return (
    <DropdownMenu defaultOpen>
      <DropdownMenuTrigger asChild>{trigger}</DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56">
        <DropdownMenuLabel className="font-normal">
          <div className="truncate text-sm font-medium">{email}</div>
          <div className="text-xs text-muted-foreground" data-testid="current-role">
            {role}
          </div>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account">Account</Link>
        </DropdownMenuItem>
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
