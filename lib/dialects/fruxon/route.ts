import "server-only";
// Wraps a Fruxon-dialect route handler: authenticates `Authorization: Bearer <api key | access
// token>`, checks that `{tenant}` (an organisation's slug or id) is the caller's organisation —
// any other tenant is 404, whether or not it exists — and renders every failure as problem+json.
import { AppError } from "@/lib/errors";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { refuseCrossOriginWrite } from "@/lib/dialects/shared/request";
import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { contextFromHeaders } from "@/lib/server/request-context";
import { problemResponse } from "./errors";

type Handler<P> = (input: { request: Request; actor: Actor; context: RequestContext; params: P }) => Promise<Response>;

/** The credential's organisation is the only tenant it reaches. */
export function assertTenant(actor: Actor, tenant: string): void {
  if (tenant !== actor.organizationSlug && tenant.toLowerCase() !== actor.organizationId) throw new AppError("not_found", "Tenant not found");
}

export function fruxonRoute<P extends { tenant?: string }>(handler: Handler<P>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const context = contextFromHeaders(request.headers);
    try {
      refuseCrossOriginWrite(request);
      const actor = await authenticateRequest(request.headers, context, ["bearer"]);
      const resolved = ((await params) ?? {}) as P;
      if (resolved.tenant !== undefined) assertTenant(actor, resolved.tenant);
      const response = await handler({ request, actor, context, params: resolved });
      response.headers.set("x-request-id", context.requestId);
      return response;
    } catch (error) {
      return problemResponse(error, request, context.requestId);
    }
  };
}

