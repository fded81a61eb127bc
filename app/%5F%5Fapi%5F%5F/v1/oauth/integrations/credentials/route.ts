// POST /__api__/v1/oauth/integrations/credentials — the credential exchange (RFC 8693, form fields)
// posit-sdk and connectcreds call from deployed content; see lib/server/exchange/exchange-credentials.ts
import { positRoute } from "@/lib/dialects/posit/route";
import { exchangeCredentials } from "@/lib/server/exchange/exchange-credentials";
import { EXCHANGE_MAX_BODY_BYTES } from "@/lib/server/exchange/exchange-request";
import { consoleOrigin } from "@/lib/server/oauth/console-origin";

export const POST = positRoute(async ({ actor, context, form }) => {
  const body = await exchangeCredentials(actor, await form({ maxBytes: EXCHANGE_MAX_BODY_BYTES }), context, await consoleOrigin());
  return Response.json(body, { headers: { "cache-control": "no-store", pragma: "no-cache" } });
});
