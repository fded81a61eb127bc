import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";
import { SECTION_HEADERS } from "@/components/shell/section-headers";

export default function GroupsLoading() {
  return <ListPageSkeleton header={SECTION_HEADERS.groups} label="Loading groups…" />;
}
