import "server-only";
// Wraps a Progress HDP management-API handler: HTTP Basic (email + password, or email + API key),
// the request context, `?user=` for admins acting for a user, and HDP's error body for every
// failure.
import { AppError } from "@/lib/errors";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { refuseCrossOriginWrite } from "@/lib/dialects/shared/request";
import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import type { Precondition } from "@/lib/server/preconditions";
import { contextFromHeaders } from "@/lib/server/request-context";
import { hdpErrorResponse } from "./errors";

type Input<P> = { request: Request; url: URL; actor: Actor; context: RequestContext; params: P; user: string | null };
type Handler<P> = (input: Input<P>) => Promise<Response>;

export function hdpRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const context = contextFromHeaders(request.headers);
    try {
      refuseCrossOriginWrite(request);
      const actor = await authenticateRequest(request.headers, context, ["basic"]);
      const url = new URL(request.url);
      const response = await handler({ request, url, actor, context, params: await params, user: url.searchParams.get("user") });
      response.headers.set("x-request-id", context.requestId);
      return response;
    } catch (error) {
      return hdpErrorResponse(error, context.requestId);
    }
  };
}

/** The JSON body, or HDP's 400 when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text.trim() === "") throw new AppError("bad_request", "The request body is empty; a JSON object is required.");
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}

export const preconditionFrom = (request: Request): Precondition => ({ ifMatch: request.headers.get("if-match") });
