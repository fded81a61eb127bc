import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";
import { SECTION_HEADERS } from "@/components/shell/section-headers";

export default function BoardsLoading() {
  return <ListPageSkeleton header={SECTION_HEADERS.boards} label="Loading boards…" />;
}
