// GET  /api/switchboard/v1alpha1/organisations/{organisationId}/connections — a keyset page (GetConnections: appId, first, before, after, sort)
// POST /api/switchboard/v1alpha1/organisations/{organisationId}/connections — create one (CreateConnection → 201)
import { pageRequestFrom, versoriRoute } from "@/lib/dialects/versori/route";
import { toVersoriConnection, toVersoriPage, withEtag } from "@/lib/dialects/versori/serializers";
import { createConnection } from "@/lib/server/connections/create-connection";
import { listConnections } from "@/lib/server/connections/list-connections";
import { CONNECTION_RESOURCE } from "@/lib/server/connections/connection-dto";

type Params = { organisationId: string };

export const GET = versoriRoute<Params>(async ({ actor, context, query }) =>
  Response.json(toVersoriPage(await listConnections(actor, { ...pageRequestFrom(query), appId: query.get("appId") }, context), toVersoriConnection)),
);

export const POST = versoriRoute<Params>(async ({ actor, context, json }) => {
  const connection = await createConnection(actor, await json(), context);
  return withEtag(toVersoriConnection(connection), connection, 201);
}, { permission: "connection.write", resourceType: CONNECTION_RESOURCE });
