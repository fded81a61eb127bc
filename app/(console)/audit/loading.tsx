import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { Skeleton } from "@/components/ui/skeleton";

export default function AuditLoading() {
  return (
    <ListPageSkeleton header={SECTION_HEADERS.audit} label="Loading audit events…">
      <div className="space-y-6">
        <div className="grid gap-4 rounded-lg border p-4 sm:grid-cols-2 lg:grid-cols-4">
          {Array.from({ length: 8 }, (_, i) => (
            <Skeleton key={i} className="h-14" />
          ))}
        </div>
        <div className="space-y-3 rounded-md border p-4">
          {Array.from({ length: 10 }, (_, i) => (
            <Skeleton key={i} className="h-6 w-full" />
          ))}
        </div>
      </div>
    </ListPageSkeleton>
  );
}
