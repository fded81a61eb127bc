// GET /api/switchboard/v1alpha1/apps/{appId} — one public catalogue app (GetPublicApp)
import { versoriRoute } from "@/lib/dialects/versori/route";
import { toVersoriApp, withEtag } from "@/lib/dialects/versori/serializers";
import { getPublicApp } from "@/lib/server/apps/get-app";

export const GET = versoriRoute<{ appId: string }>(async ({ params }) => {
  const app = await getPublicApp(params.appId);
  return withEtag(toVersoriApp(app), app);
});
