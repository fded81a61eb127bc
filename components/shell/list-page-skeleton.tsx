import type { ReactNode } from "react";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import type { SectionHeader } from "./section-headers";

/**
 * Loading state of a list page: its real header (components/shell/section-headers.ts, so the
 * largest text paints at once and does not move when the list arrives) over a skeleton of the
 * list — `children`, or a table's rows by default.
 */
export function ListPageSkeleton({ header, label, children }: { header: SectionHeader; label: string; children?: ReactNode }) {
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">
        {label}
      </p>
      <PageHeader title={header.title} description={header.description} />
      {children ?? (
        <div className="space-y-3 rounded-md border p-4">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-8 w-full" />
          ))}
        </div>
      )}
    </div>
  );
}
