import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";
import { SECTION_HEADERS } from "@/components/shell/section-headers";

export default function ConnectionsLoading() {
  return <ListPageSkeleton header={SECTION_HEADERS.connections} label="Loading connections…" />;
}
