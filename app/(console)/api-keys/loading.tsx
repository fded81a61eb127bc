import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";

export default function ApiKeysLoading() {
  return <ListPageSkeleton label="Loading API keys…" />;
}
