import "server-only";
// Progress HDP management-API routes: HTTP Basic (email or username + password or API key), an
// empty body is a 400, `?user=` names the member an admin acts for, and every failure is HDP's
// error body.
import { dialectRoute, type RouteInput, type RouteRequirement } from "@/lib/dialects/shared/route";
import { hdpErrorResponse } from "./errors";

const route = dialectRoute({
  schemes: ["basic"],
  errorBody: (error, _request, requestId) => hdpErrorResponse(error, requestId),
  body: { empty: "refuse", refuseNul: false },
});

export function hdpRoute<P extends object = Record<string, never>>(handler: (input: RouteInput<P> & { user: string | null }) => Promise<Response>, requires?: RouteRequirement<P>) {
  return route<P>((input) => handler({ ...input, user: input.query.get("user") }), requires);
}
