import { MenuIcon, MoonIcon, SunIcon, UserRound } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { can } from "@/lib/permissions";
import { Breadcrumbs } from "./breadcrumbs";
import { CommandPaletteTrigger } from "./command-palette-trigger";
import { MobileNav, ThemeMenu, UserMenu } from "./popups";
import { NAV_ITEMS } from "./nav-items";
import { OrgSwitcher } from "./org-switcher";
import { RouteFocus } from "./route-focus";
import { SessionKeepalive } from "./session-keepalive";
import { SidebarNav } from "./sidebar-nav";

type Props = { actor: { email: string; role: string; organizationSlug: string }; organizations: { slug: string; name: string; role: string }[]; children: ReactNode };

/**
 * The signed-in frame of every console page (and of the 404 page): a sidebar from `md` up, a
 * menu button with the same navigation in a sheet below it, a header with breadcrumbs, and
 * `#main`, which the skip link and the route focus target.
 */
export function ConsoleShell({ actor, organizations, children }: Props) {
  const items = NAV_ITEMS.filter((item) => !item.permission || can(actor.role, item.permission)).map(({ href, label, comingSoon }) => ({
    href,
    label,
    comingSoon,
  }));
  // The palette's actions: a section that creates records adds its "New …" page here.
  const actions = [{ href: "/integrations/new", label: "New integration", permission: "integration.create" as const }]
    .filter((a) => can(actor.role, a.permission))
    .map(({ href, label }) => ({ href, label }));
  const orgSwitcher = <OrgSwitcher current={actor.organizationSlug} organizations={organizations} />;
  return (
    <div className="flex min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-background focus:px-3 focus:py-2 focus:ring-2 focus:ring-ring"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 hidden h-screen w-60 shrink-0 flex-col gap-6 overflow-y-auto border-r bg-card p-4 md:flex">
        <Link href="/" className="px-3 text-base font-semibold tracking-tight">
          Integration Console
        </Link>
        {orgSwitcher}
        <SidebarNav items={items} />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-40 flex h-14 items-center gap-2 border-b bg-background/95 px-3 backdrop-blur sm:px-6">
          <MobileNav
            items={items}
            orgSwitcher={orgSwitcher}
            trigger={
              <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open menu" aria-haspopup="dialog" data-testid="menu-button">
                <MenuIcon aria-hidden />
              </Button>
            }
          />
          <Breadcrumbs items={items} />
          <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-2">
            <CommandPaletteTrigger pages={items} actions={actions} />
            <ThemeMenu
              trigger={
                // The icon switches by CSS (`dark:`): the theme is unknown until hydration.
                <Button variant="ghost" size="icon" aria-label="Change theme" aria-haspopup="menu" data-testid="theme-toggle">
                  <SunIcon className="dark:hidden" aria-hidden />
                  <MoonIcon className="hidden dark:block" aria-hidden />
                </Button>
              }
            />
            <UserMenu
              email={actor.email}
              role={actor.role}
              trigger={
                // The name holds the visible email (WCAG 2.5.3, label in name), first, then what it opens.
                <Button variant="ghost" size="sm" aria-label={`${actor.email}, user menu`} title={actor.email} aria-haspopup="menu" className="min-w-0 gap-2">
                  <UserRound className="size-4" aria-hidden />
                  <span className="hidden max-w-[min(28rem,45vw)] truncate sm:inline">{actor.email}</span>
                </Button>
              }
            />
          </div>
        </header>
        {/* tabIndex: the skip link moves focus here, not only the scroll position. */}
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl min-w-0 flex-1 p-4 outline-none sm:p-6">
          {children}
        </main>
      </div>
      <RouteFocus />
      <SessionKeepalive />
    </div>
  );
}
