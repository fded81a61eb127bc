import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";

export default function WorkloadsLoading() {
  return <ListPageSkeleton label="Loading workloads…" />;
}
