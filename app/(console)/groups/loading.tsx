import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";

export default function GroupsLoading() {
  return <ListPageSkeleton label="Loading groups…" />;
}
