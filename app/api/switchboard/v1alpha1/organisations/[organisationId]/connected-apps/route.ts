// GET /api/switchboard/v1alpha1/organisations/{organisationId}/connected-apps — apps with connections, paged (GetConnectedApps)
import { pageRequestFrom, versoriRoute } from "@/lib/dialects/versori/route";
import { toVersoriApp, toVersoriPage } from "@/lib/dialects/versori/serializers";
import { listConnectedApps } from "@/lib/server/connections/list-connected-apps";

export const GET = versoriRoute<{ organisationId: string }>(async ({ actor, context, query }) =>
  Response.json(toVersoriPage(await listConnectedApps(actor, pageRequestFrom(query), context), (item) => ({ app: toVersoriApp(item.app), connections: item.connections }))),
);
