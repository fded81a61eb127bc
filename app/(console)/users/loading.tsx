import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";
import { SECTION_HEADERS } from "@/components/shell/section-headers";

export default function UsersLoading() {
  return <ListPageSkeleton header={SECTION_HEADERS.users} label="Loading users…" />;
}
