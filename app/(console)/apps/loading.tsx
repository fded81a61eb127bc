import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";

export default function AppsLoading() {
  return <ListPageSkeleton label="Loading apps…" />;
}
