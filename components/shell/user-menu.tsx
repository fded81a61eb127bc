"use client";

import { LogOut, UserRound } from "lucide-react";
import Link from "next/link";
import { signOutAction } from "@/app/(console)/actions";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export function UserMenu({ email, role }: { email: string; role: string }) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" aria-label="User menu" className="gap-2">
          <UserRound className="size-4" aria-hidden />
          <span className="hidden max-w-48 truncate sm:inline">{email}</span>
        </Button>
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
