import { ChevronLeftIcon, ChevronRightIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/lib/utils";

type PaginationProps = {
  /** 1-based current page. */
  page: number;
  pageCount: number;
  /** Builds the URL of a page, e.g. `(p) => \`?${new URLSearchParams({ ...params, page: String(p) })}\``. */
  hrefFor: (page: number) => string;
  className?: string;
};

/**
 * Plain links, so paging works without JavaScript and each page has a shareable URL. No "use client":
 * in a server page `hrefFor` never has to cross to the browser.
 */
function Pagination({ page, pageCount, hrefFor, className }: PaginationProps) {
  const last = Math.max(1, pageCount);
  const current = Math.min(Math.max(1, page), last);
  return (
    <nav aria-label="Pagination" data-slot="pagination" className={cn("flex items-center justify-between gap-4", className)}>
      <p className="text-sm text-muted-foreground" data-slot="pagination-status">
        Page {current} of {last}
      </p>
      <div className="flex items-center gap-2">
        <PageLink href={current > 1 ? hrefFor(current - 1) : null} rel="prev">
          <ChevronLeftIcon aria-hidden />
          Previous
        </PageLink>
        <PageLink href={current < last ? hrefFor(current + 1) : null} rel="next">
          Next
          <ChevronRightIcon aria-hidden />
        </PageLink>
      </div>
    </nav>
  );
}

function PageLink({ href, rel, children }: { href: string | null; rel: "prev" | "next"; children: ReactNode }) {
  const className = buttonVariants({ variant: "outline", size: "sm" });
  if (href === null) {
    // A link with no target: still announced as a (dimmed) link, but not focusable or clickable.
    return (
      <a role="link" aria-disabled="true" data-slot="pagination-link" className={cn(className, "pointer-events-none opacity-50")}>
        {children}
      </a>
    );
  }
  return (
    <Link href={href} rel={rel} data-slot="pagination-link" className={className}>
      {children}
    </Link>
  );
}

export { Pagination, type PaginationProps };
