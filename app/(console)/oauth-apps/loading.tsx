import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";

export default function OAuthAppsLoading() {
  return <ListPageSkeleton label="Loading OAuth apps…" />;
}
