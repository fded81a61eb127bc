import "server-only";
// Wraps a Posit-dialect route handler: authenticates `Authorization: Key <api key>`, builds the
// request context, and turns every failure into Posit's error body.
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { refuseCrossOriginWrite } from "@/lib/dialects/shared/request";
import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { contextFromHeaders } from "@/lib/server/request-context";
import { positErrorResponse } from "./errors";

type Handler<P> = (input: { request: Request; actor: Actor; context: RequestContext; params: P }) => Promise<Response>;

export function positRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const context = contextFromHeaders(request.headers);
    try {
      refuseCrossOriginWrite(request);
      const actor = await authenticateRequest(request.headers, context, ["key"]);
      const response = await handler({ request, actor, context, params: await params });
      response.headers.set("x-request-id", context.requestId);
      return response;
    } catch (error) {
      return positErrorResponse(error, context.requestId);
    }
  };
}
