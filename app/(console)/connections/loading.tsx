import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";

export default function ConnectionsLoading() {
  return <ListPageSkeleton label="Loading connections…" />;
}
