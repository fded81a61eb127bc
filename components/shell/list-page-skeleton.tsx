import { Skeleton } from "@/components/ui/skeleton";

/** Loading state of a page with a header, one action and a table. */
export function ListPageSkeleton({ label }: { label: string }) {
  return (
    <div aria-busy="true" className="space-y-6">
      <p className="sr-only" role="status">
        {label}
      </p>
      <div className="flex items-start justify-between gap-4">
        <div className="space-y-2">
          <Skeleton className="h-8 w-32" />
          <Skeleton className="h-4 w-96 max-w-full" />
        </div>
        <Skeleton className="h-9 w-36" />
      </div>
      <div className="space-y-3 rounded-md border p-4">
        {Array.from({ length: 6 }, (_, i) => (
          <Skeleton key={i} className="h-8 w-full" />
        ))}
      </div>
    </div>
  );
}
