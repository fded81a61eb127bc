import Link from "next/link";
import type { ReactNode } from "react";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import { OrgSwitcher } from "@/components/shell/org-switcher";
import { SessionKeepalive } from "@/components/shell/session-keepalive";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { UserMenu } from "@/components/shell/user-menu";
import { ThemeToggle } from "@/components/theme-toggle";
import { can } from "@/lib/permissions";
import { listMyOrganizations } from "@/lib/server/auth/get-session-actor";
import { requireActor } from "@/lib/server/auth/page-auth";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const organizations = await listMyOrganizations(actor);
  const items = NAV_ITEMS.filter((item) => can(actor.role, item.permission)).map(({ href, label, comingSoon }) => ({ href, label, comingSoon }));
  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-background focus:px-3 focus:py-2">
        Skip to content
      </a>
      <aside className="hidden w-60 shrink-0 flex-col gap-6 border-r bg-card p-4 md:flex">
        <Link href="/" className="px-3 text-base font-semibold tracking-tight">
          Integration Console
        </Link>
        <OrgSwitcher current={actor.organizationSlug} organizations={organizations} />
        <SidebarNav items={items} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="flex h-14 items-center justify-between gap-4 border-b px-6">
          <div className="md:hidden">
            <SidebarNav items={items} />
          </div>
          <div className="ml-auto flex items-center gap-2">
            <ThemeToggle />
            <UserMenu email={actor.email} role={actor.role} />
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 p-6">
          {children}
        </main>
      </div>
      <SessionKeepalive />
    </div>
  );
}
