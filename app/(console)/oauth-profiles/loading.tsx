import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";

export default function OAuthProfilesLoading() {
  return <ListPageSkeleton label="Loading OAuth profiles…" />;
}
