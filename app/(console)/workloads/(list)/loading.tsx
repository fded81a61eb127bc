import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";
import { SECTION_HEADERS } from "@/components/shell/section-headers";

export default function WorkloadsLoading() {
  return <ListPageSkeleton header={SECTION_HEADERS.workloads} label="Loading workloads…" />;
}
