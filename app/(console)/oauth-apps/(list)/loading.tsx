import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";
import { SECTION_HEADERS } from "@/components/shell/section-headers";

export default function OAuthAppsLoading() {
  return <ListPageSkeleton header={SECTION_HEADERS.oauthApps} label="Loading OAuth apps…" />;
}
