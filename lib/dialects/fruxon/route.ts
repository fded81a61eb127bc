import "server-only";
// Fruxon-dialect routes: `Authorization: Bearer <api key | access token>`; `{tenant}` (an
// organisation's slug or id) must be the caller's organisation — any other tenant is 404, whether
// or not it exists; every failure is problem+json.
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import { dialectRoute } from "@/lib/dialects/shared/route";
import { problemResponse } from "./errors";

/** The credential's organisation is the only tenant it reaches. */
export function assertTenant(actor: Actor, tenant: string): void {
  if (tenant !== actor.organizationSlug && tenant.toLowerCase() !== actor.organizationId) throw new AppError("not_found", "Tenant not found");
}

export const fruxonRoute = dialectRoute({
  schemes: ["bearer"],
  errorBody: problemResponse,
  body: { empty: "object", refuseNul: true },
  checkParams: (actor, { tenant }) => {
    if (tenant !== undefined) assertTenant(actor, tenant);
  },
});
