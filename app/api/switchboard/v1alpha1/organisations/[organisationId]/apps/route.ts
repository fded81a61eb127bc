// GET  /api/switchboard/v1alpha1/organisations/{organisationId}/apps — the organisation's apps (GetApps), paged
// POST /api/switchboard/v1alpha1/organisations/{organisationId}/apps — create an app (CreateApp, 200 as the spec says)
import { pageRequestFrom, versoriRoute } from "@/lib/dialects/versori/route";
import { toVersoriApp, toVersoriPage, withEtag } from "@/lib/dialects/versori/serializers";
import { createApp } from "@/lib/server/apps/create-app";
import { listApps } from "@/lib/server/apps/list-apps";
import { APP_RESOURCE } from "@/lib/server/apps/app-dto";

type Params = { organisationId: string };

export const GET = versoriRoute<Params>(async ({ actor, context, query }) => Response.json(toVersoriPage(await listApps(actor, pageRequestFrom(query), context), toVersoriApp)));

export const POST = versoriRoute<Params>(async ({ actor, context, json }) => {
  const app = await createApp(actor, await json(), context);
  return withEtag(toVersoriApp(app), app);
}, { permission: "app.write", resourceType: APP_RESOURCE });
