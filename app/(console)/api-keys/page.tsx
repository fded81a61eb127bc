import { KeyRoundIcon } from "lucide-react";
import { ApiKeysTable } from "@/components/api-keys/api-keys-table";
import { CreateApiKeyDialog } from "@/components/api-keys/create-api-key-dialog";
import { Forbidden } from "@/components/shell/forbidden";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listApiKeys } from "@/lib/server/api-keys/list-api-keys";
import { pageAllowed, requestContext, requireActor } from "@/lib/server/auth/page-auth";

export const metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  const actor = await requireActor();
  if (!(await pageAllowed(actor, "apiKey.own"))) return <Forbidden what="API keys" />;
  const keys = await listApiKeys(actor, await requestContext());

  return (
    <>
      <PageHeader
        title="API keys"
        description="Your keys for the console's APIs in this organisation. A key acts as you, with your current role; only its prefix is kept in view."
        actions={<CreateApiKeyDialog />}
      />
      {keys.length > 0 ? (
        <ApiKeysTable keys={keys} />
      ) : (
        <EmptyState
          icon={<KeyRoundIcon />}
          title="No API keys yet"
          description="Create one to call the Posit, Fruxon, HDP or Switchboard APIs from scripts and clients. It is shown once, when you create it."
        />
      )}
    </>
  );
}
