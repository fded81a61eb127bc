import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { Skeleton } from "@/components/ui/skeleton";

export default function IntegrationsLoading() {
  return (
    <ListPageSkeleton header={SECTION_HEADERS.integrations} label="Loading integrations…">
      <div className="space-y-6">
        <div className="flex gap-3">
          <Skeleton className="h-9 flex-1" />
          <Skeleton className="h-9 w-48" />
          <Skeleton className="h-9 w-44" />
        </div>
        <div className="space-y-3 rounded-md border p-4">
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} className="h-6 w-full" />
          ))}
        </div>
      </div>
    </ListPageSkeleton>
  );
}
