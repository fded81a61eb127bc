// POST /__api__/v1/oauth/integrations/credentials — the credential exchange (RFC 8693, form fields)
// posit-sdk and connectcreds call from deployed content; see lib/server/exchange/exchange-credentials.ts
import { positRoute } from "@/lib/dialects/posit/route";
import { exchangeCredentials } from "@/lib/server/exchange/exchange-credentials";
import { readExchangeForm } from "@/lib/server/exchange/exchange-request";
import { consoleOrigin } from "@/lib/server/oauth/console-origin";

export const POST = positRoute(async ({ request, actor, context }) => {
  const form = await readExchangeForm(request);
  const body = await exchangeCredentials(actor, form, context, await consoleOrigin());
  return Response.json(body, { headers: { "cache-control": "no-store", pragma: "no-cache" } });
});
