import { KeyRoundIcon, PlusIcon } from "lucide-react";
import { ApiKeyFilters } from "@/components/api-keys/api-key-filters";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyDialog } from "@/components/api-keys/popups";
import { listProps } from "@/components/data-table/list-props";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { SECTION_HEADERS } from "@/components/shell/section-headers";
import { PageHeader } from "@/components/ui/page-header";
import { apiKeyListQuerySchema } from "@/lib/schemas/api-keys";
import { searchApiKeys } from "@/lib/server/api-keys/search-api-keys";
import { requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { firstValues } from "@/lib/search-params";

export const metadata = { title: "API keys" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ApiKeysPage({ searchParams }: Props) {
  const actor = await requireActor();
  const query = apiKeyListQuerySchema.parse(firstValues(await searchParams));
  const result = await searchApiKeys(actor, query, await requestContext());
  const none = result.total === 0 && result.revoked === 0 && !query.status;

  return (
    <>
      <PageHeader
        {...SECTION_HEADERS.apiKeys}
        actions={
          <CreateApiKeyDialog
            trigger={
              <Button aria-haspopup="dialog">
                <PlusIcon aria-hidden />
                Create API key
              </Button>
            }
          />
        }
      />
      {none ? (
        <EmptyState
          icon={<KeyRoundIcon />}
          title="No API keys yet"
          description="Create one to call the Posit, Fruxon, HDP or Switchboard APIs from scripts and clients. It is shown once, when you create it."
        />
      ) : (
        <ApiKeysTable
          {...listProps(result)}
          sort={query.sort}
          toolbar={<ApiKeyFilters revoked={result.revoked} />}
          empty={<EmptyState icon={<KeyRoundIcon />} title="No keys with this status" description="Choose another status to see the rest." />}
        />
      )}
    </>
  );
}
