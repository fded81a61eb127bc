// GET    /api/switchboard/v1alpha1/organisations/{organisationId}/apps/{appId} — one app (GetApp, ETag)
// PUT    /api/switchboard/v1alpha1/organisations/{organisationId}/apps/{appId} — replace it (UpdateApp; If-Match honoured)
// DELETE /api/switchboard/v1alpha1/organisations/{organisationId}/apps/{appId} — delete it (DeleteApp → {id}; If-Match honoured)
import { versoriRoute } from "@/lib/dialects/versori/route";
import { toVersoriApp, withEtag } from "@/lib/dialects/versori/serializers";
import { deleteApp } from "@/lib/server/apps/delete-app";
import { getApp } from "@/lib/server/apps/get-app";
import { updateApp } from "@/lib/server/apps/update-app";
import { APP_RESOURCE } from "@/lib/server/apps/app-dto";

type Params = { organisationId: string; appId: string };

export const GET = versoriRoute<Params>(async ({ actor, context, params }) => {
  const app = await getApp(actor, params.appId, context);
  return withEtag(toVersoriApp(app), app);
});

export const PUT = versoriRoute<Params>(async ({ actor, context, params, json, precondition }) => {
  const app = await updateApp(actor, params.appId, await json(), precondition, context);
  return withEtag(toVersoriApp(app), app);
}, { permission: "app.write", resourceType: APP_RESOURCE, resourceId: (p) => p.appId });

export const DELETE = versoriRoute<Params>(async ({ actor, context, params, precondition }) => Response.json(await deleteApp(actor, params.appId, precondition, context)));
