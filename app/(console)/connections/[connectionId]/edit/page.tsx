import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { ConnectionForm } from "@/components/connections/connection-form";
import { PageHeader } from "@/components/ui/page-header";
import type { JsonSchema } from "@/components/switchboard/json-schema-fields";
import { isAppError } from "@/lib/errors";
import { recordTitle } from "@/lib/server/page-title";
import { connectionFormJsonSchema, isFormAuthType } from "@/lib/schemas/connections";
import { requirePagePermission, requestContext, requireActor } from "@/lib/server/auth/page-auth";
import { needsRedirect } from "@/lib/server/connections/accept-connection-data";
import { getConnection } from "@/lib/server/connections/get-connection";

// One read per request, shared by the <title> and the page.
const load = cache(async (connectionId: string) => getConnection(await requireActor(), connectionId, await requestContext()));

export async function generateMetadata({ params }: { params: Promise<{ connectionId: string }> }): Promise<Metadata> {
  const { connectionId } = await params;
  return recordTitle("Edit connection", "connection.write", () => load(connectionId).then((c) => c.name));
}

export default async function EditConnectionPage({ params }: { params: Promise<{ connectionId: string }> }) {
  const { connectionId } = await params;
  const actor = await requireActor();
  await requirePagePermission(actor, "connection.write");
  const connection = await load(connectionId).catch((error: unknown) => (isAppError(error) && error.status === 404 ? notFound() : Promise.reject(error)));
  const oauth = connection.app ? needsRedirect(connection.app, connection.authType) : true;
  const schema: JsonSchema = !oauth && isFormAuthType(connection.authType) ? (connectionFormJsonSchema(connection.authType) as JsonSchema) : { type: "object", properties: {} };
  return (
    <>
      <PageHeader title={`Edit ${connection.name}`} description={oauth ? "An OAuth connection keeps its tokens; only its name can change here." : "Replaces the connection's data. Secret fields left blank keep their stored value."} />
      <ConnectionForm mode="edit" schema={schema} id={connection.id} version={connection.version} name={connection.name} data={connection.data} storedSecrets={Object.keys(connection.secrets)} secretExpiresOn={connection.secretExpiresAt?.slice(0, 10) ?? ""} />
    </>
  );
}
