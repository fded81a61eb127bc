"use client";

import { ChevronRightIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import { ACCOUNT_PAGES, NAV_ITEMS } from "./nav-items";
import type { ShellNavItem } from "./sidebar-nav";

// Fixed words in paths; any other segment below a section is a record (a guid or id).
const SEGMENT_LABELS: Record<string, string> = { new: "New", edit: "Edit", webhooks: "Webhooks", account: "Account" };

type Crumb = { href: string; label: string };

export function crumbsFor(pathname: string, items: ShellNavItem[]): Crumb[] {
  const crumbs: Crumb[] = [{ href: "/", label: "Home" }];
  const segments = pathname.split("/").filter(Boolean);
  let href = "";
  for (const [index, segment] of segments.entries()) {
    href += `/${segment}`;
    // Every section's name, also one this role may not open (its 403 page says where it is), and the user menu's pages.
    const section = index === 0 ? [...items, ...NAV_ITEMS, ...ACCOUNT_PAGES].find((item) => item.href === href) : undefined;
    crumbs.push({ href, label: section?.label ?? SEGMENT_LABELS[segment] ?? (index === 0 ? decodeURIComponent(segment) : "Details") });
  }
  return crumbs;
}

/** Where the page sits: Home › Section › record › Edit. On a phone only the last two show. */
export function Breadcrumbs({ items }: { items: ShellNavItem[] }) {
  const crumbs = crumbsFor(usePathname(), items);
  return (
    <nav aria-label="Breadcrumb" className="min-w-0">
      <ol className="flex min-w-0 items-center gap-1 text-sm text-muted-foreground">
        {crumbs.map((crumb, i) => {
          const last = i === crumbs.length - 1;
          return (
            <li key={crumb.href} className={cn("flex min-w-0 items-center gap-1", i < crumbs.length - 2 && "hidden sm:flex")}>
              {i > 0 && <ChevronRightIcon className={cn("size-3.5 shrink-0", i === crumbs.length - 2 && "hidden sm:block")} aria-hidden />}
              {last ? (
                <span aria-current="page" className="truncate font-medium text-foreground">
                  {crumb.label}
                </span>
              ) : (
                <Link href={crumb.href} className="truncate hover:text-foreground">
                  {crumb.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
