// GET    /api/switchboard/v1alpha1/organisations/{organisationId}/connections/{connectionId} — one connection, no secret (ETag)
// PUT    /api/switchboard/v1alpha1/organisations/{organisationId}/connections/{connectionId} — replace name and data (If-Match honoured)
// DELETE /api/switchboard/v1alpha1/organisations/{organisationId}/connections/{connectionId} — delete, unpublishing its boards (→ {id})
import { versoriRoute } from "@/lib/dialects/versori/route";
import { toVersoriConnection, withEtag } from "@/lib/dialects/versori/serializers";
import { deleteConnection } from "@/lib/server/connections/delete-connection";
import { getConnection } from "@/lib/server/connections/get-connection";
import { updateConnection } from "@/lib/server/connections/update-connection";
import { CONNECTION_RESOURCE } from "@/lib/server/connections/connection-dto";

type Params = { organisationId: string; connectionId: string };

export const GET = versoriRoute<Params>(async ({ actor, context, params }) => {
  const connection = await getConnection(actor, params.connectionId, context);
  return withEtag(toVersoriConnection(connection), connection);
});

export const PUT = versoriRoute<Params>(async ({ actor, context, params, json, precondition }) => {
  const connection = await updateConnection(actor, params.connectionId, await json(), precondition, context);
  return withEtag(toVersoriConnection(connection), connection);
}, { permission: "connection.write", resourceType: CONNECTION_RESOURCE, resourceId: (p) => p.connectionId });

export const DELETE = versoriRoute<Params>(async ({ actor, context, params, precondition }) => {
  const { id } = await deleteConnection(actor, params.connectionId, precondition, context);
  return Response.json({ id });
});
