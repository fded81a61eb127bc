import "server-only";
// Wraps a Switchboard route handler: authenticates `Authorization: <api key>` (raw, the spec's
// apiKey scheme) or `Bearer <api key>`, resolves `{organisationId}` (the organisation's id or
// slug; any organisation but the caller's is "not found"), and renders every failure as the
// spec's Error body.
import { AppError } from "@/lib/errors";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { refuseCrossOriginWrite } from "@/lib/dialects/shared/request";
import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { contextFromHeaders } from "@/lib/server/request-context";
import { versoriErrorResponse } from "./errors";

type Handler<P> = (input: { request: Request; actor: Actor; context: RequestContext; params: P; query: URLSearchParams }) => Promise<Response>;

export function versoriRoute<P extends object = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const context = contextFromHeaders(request.headers);
    try {
      refuseCrossOriginWrite(request);
      const actor = await authenticateRequest(request.headers, context, ["raw", "bearer"]);
      // A route without dynamic segments (GET /apps, the public catalogue) gets no params from Next.
      const resolved = ((await params) ?? {}) as P;
      const organisationId = (resolved as { organisationId?: string }).organisationId;
      if (organisationId !== undefined && organisationId !== actor.organizationId && organisationId !== actor.organizationSlug) {
        throw new AppError("not_found", "Organisation not found");
      }
      const response = await handler({ request, actor, context, params: resolved, query: new URL(request.url).searchParams });
      response.headers.set("x-request-id", context.requestId);
      return response;
    } catch (error) {
      return versoriErrorResponse(error, context.requestId);
    }
  };
}

/** The JSON body, or a 400 when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

export const preconditionFrom = (request: Request) => ({ ifMatch: request.headers.get("if-match") });

export const pageRequestFrom = (query: URLSearchParams) => ({
  first: query.get("first"),
  after: query.get("after"),
  before: query.get("before"),
  sort: query.get("sort"),
});
