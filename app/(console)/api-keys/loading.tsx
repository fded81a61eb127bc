import { ListPageSkeleton } from "@/components/shell/list-page-skeleton";
import { SECTION_HEADERS } from "@/components/shell/section-headers";

export default function ApiKeysLoading() {
  return <ListPageSkeleton header={SECTION_HEADERS.apiKeys} label="Loading API keys…" />;
}
