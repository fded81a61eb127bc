import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";

export default function BoardsLoading() {
  return <ListPageSkeleton label="Loading boards…" />;
}
