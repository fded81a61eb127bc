import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";
import { SECTION_HEADERS } from "@/components/shell/section-headers";

export default function OAuthProfilesLoading() {
  return <ListPageSkeleton header={SECTION_HEADERS.oauthProfiles} label="Loading OAuth profiles…" />;
}
