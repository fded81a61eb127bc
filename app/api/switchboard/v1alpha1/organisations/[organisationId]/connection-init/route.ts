// POST /api/switchboard/v1alpha1/organisations/{organisationId}/connection-init — how to connect an app
// (InitialiseConnection): action.form.schema for data-configured types, action.redirect.url for OAuth
import { versoriRoute } from "@/lib/dialects/versori/route";
import { callbackUrl } from "@/lib/dialects/versori/callback";
import { initConnection } from "@/lib/server/connections/init-connection";

export const POST = versoriRoute<{ organisationId: string }>(async ({ request, actor, context, json }) => {
  // An API client hands the URL to a browser it does not control: no browser binding, the
  // single-use state (bound to this organisation and caller) is the bearer.
  const { action } = await initConnection(actor, await json(), { redirectUri: callbackUrl(request), binding: false, sessionUserId: null }, context);
  return Response.json({ action });
});
