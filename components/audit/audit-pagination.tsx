import { ChevronLeftIcon, ChevronRightIcon, ChevronsLeftIcon } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type Props = { newestHref: string | null; newerHref: string | null; olderHref: string | null; className?: string };

/** Keyset paging: newer/older than the events on screen, as plain links that work without JavaScript. */
export function AuditPagination({ newestHref, newerHref, olderHref, className }: Props) {
  return (
    <nav aria-label="Pagination" className={cn("flex flex-wrap items-center justify-end gap-2", className)}>
      <PageLink href={newestHref}>
        <ChevronsLeftIcon aria-hidden />
        Newest
      </PageLink>
      <PageLink href={newerHref} rel="prev">
        <ChevronLeftIcon aria-hidden />
        Newer
      </PageLink>
      <PageLink href={olderHref} rel="next">
        Older
        <ChevronRightIcon aria-hidden />
      </PageLink>
    </nav>
  );
}

function PageLink({ href, rel, children }: { href: string | null; rel?: "prev" | "next"; children: ReactNode }) {
  const className = buttonVariants({ variant: "outline", size: "sm" });
  if (href === null) {
    return (
      <a role="link" aria-disabled="true" className={cn(className, "pointer-events-none opacity-50")}>
        {children}
      </a>
    );
  }
  return (
    <Link href={href} rel={rel} className={className}>
      {children}
    </Link>
  );
}
