// POST /__api__/v1/oauth/integrations/{guid}/verify — a real client-credentials token request;
// 200 when the provider issues a token (which is discarded), 400 with the provider's error otherwise
import { AppError } from "@/lib/errors";
import { positRoute } from "@/lib/dialects/posit/route";
import type { PositVerifyResult } from "@/lib/dialects/posit/schemas";
import { verifyIntegration } from "@/lib/server/integrations/verify-integration";

export const POST = positRoute<{ guid: string }>(async ({ actor, context, params }) => {
  const outcome = await verifyIntegration(actor, params.guid, context);
  if (!outcome.ok) {
    throw new AppError("bad_request", `Verification failed: ${outcome.error}${outcome.errorDescription ? ` (${outcome.errorDescription})` : ""}`);
  }
  return Response.json({ status: "success", message: `The token endpoint issued a token (${outcome.tokenType ?? "bearer"}); it was discarded.` } satisfies PositVerifyResult);
});
