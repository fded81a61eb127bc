import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";

export default function UsersLoading() {
  return <ListPageSkeleton label="Loading users…" />;
}
