import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";
import { SECTION_HEADERS } from "@/components/shell/section-headers";

export default function AppsLoading() {
  return <ListPageSkeleton header={SECTION_HEADERS.apps} label="Loading apps…" />;
}
