import "server-only";
// One wrapper for every dialect's route handlers (each dialect's route.ts configures it): the
// request context, the cross-origin refusal, authentication in the dialect's schemes, the path's
// scope check, the request id on the response, and every failure rendered in the dialect's error
// body. A handler gets the body readers already set to the dialect's rules, so a route file is
// "parse → service → serializer" and nothing else.
import { can, type Permission } from "@/lib/permissions";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { authenticateRequest, type AuthScheme } from "@/lib/server/auth/authenticate-request";
import { requirePermission } from "@/lib/server/auth/require-permission";
import type { Precondition } from "@/lib/server/preconditions";
import { contextFromHeaders } from "@/lib/server/request-context";
import { preconditionFrom, readForm, readJson, refuseCrossOriginWrite, type BodyRules } from "./request";

export type RouteInput<P> = {
  request: Request;
  url: URL;
  query: URLSearchParams;
  actor: Actor;
  context: RequestContext;
  /** The path's dynamic segments ({} on a route without any). */
  params: P;
  /** The JSON body under the dialect's rules (400 when it is not JSON; 413 over `maxBytes`, default 1 MiB). */
  json: (overrides?: Partial<BodyRules>) => Promise<unknown>;
  /** A form-encoded body under the dialect's rules (400 for another content type; 413 over `maxBytes`). */
  form: (overrides?: Partial<BodyRules>) => Promise<URLSearchParams>;
  /** `If-Match`, for the update and delete services. */
  precondition: Precondition;
};

/**
 * What a route's service will demand first, declared so the wrapper refuses a caller without it
 * before the body is read (a viewer's key cannot make the server read a megabyte only to be
 * refused). The same permission and resource type as the service's own check, so the refusal —
 * 403, audited once — is the one the service would have given.
 */
export type RouteRequirement<P = Record<string, string>> = {
  permission: Permission;
  resourceType?: string;
  /** The object the route writes (an update's path segment), named in the refusal's audit row as the service would. */
  resourceId?: (params: P) => string;
};

export type RouteHandler<P> = (input: RouteInput<P>) => Promise<Response>;
type NextHandler<P> = (request: Request, segment: { params: Promise<P> }) => Promise<Response>;

export type DialectOptions = {
  /** The `Authorization` schemes the dialect accepts. */
  schemes: AuthScheme[];
  /** Any failure (an AppError or not) as the dialect's error response. */
  errorBody: (error: unknown, request: Request, requestId: string) => Response;
  body: BodyRules;
  /** Refuses path segments the credential may not reach (another tenant or organisation → 404). */
  checkParams?: (actor: Actor, params: Record<string, string | undefined>) => void;
};

export function dialectRoute(options: DialectOptions) {
  return function route<P extends object = Record<string, never>>(handler: RouteHandler<P>, requires?: RouteRequirement<P>): NextHandler<P> {
    return async (request, segment) => {
      const context = contextFromHeaders(request.headers);
      try {
        refuseCrossOriginWrite(request);
        const actor = await authenticateRequest(request.headers, context, options.schemes);
        // A route without dynamic segments gets no params from Next.
        const params = ((await segment?.params) ?? {}) as P;
        options.checkParams?.(actor, params as Record<string, string | undefined>);
        if (requires && !can(actor.role, requires.permission)) {
          await requirePermission(actor, requires.permission, context, {
            type: requires.resourceType ?? requires.permission.split(".")[0],
            ...(requires.resourceId && { id: requires.resourceId(params) }),
          });
        }
        const url = new URL(request.url);
        const response = await handler({
          request,
          url,
          query: url.searchParams,
          actor,
          context,
          params,
          json: (overrides) => readJson(request, { ...options.body, ...overrides }),
          form: (overrides) => readForm(request, { ...options.body, ...overrides }),
          precondition: preconditionFrom(request),
        });
        response.headers.set("x-request-id", context.requestId);
        return response;
      } catch (error) {
        return options.errorBody(error, request, context.requestId);
      }
    };
  };
}
