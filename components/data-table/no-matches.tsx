import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

/**
 * A list's `empty` state when filters (or a page past the end) leave no rows: says which, and
 * links back to the whole list.
 */
export function NoMatches({ icon, noun, total, href, hint = "Try another search or clear the filters.", showAll }: {
  icon: ReactNode;
  /** Plural, e.g. "integrations". */
  noun: string;
  /** The filter's total: above 0 means the page is past the last one. */
  total: number;
  href: string;
  hint?: string;
  /** The link's text (default "Show all <noun>"). */
  showAll?: string;
}) {
  return (
    <EmptyState
      icon={icon}
      title={`No ${noun} match`}
      description={total > 0 ? "This page is past the last one." : hint}
      action={
        <Button asChild variant="outline">
          <Link href={href}>{showAll ?? `Show all ${noun}`}</Link>
        </Button>
      }
    />
  );
}
