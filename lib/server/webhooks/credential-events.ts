import "server-only";
// Which credential event a refresh's outcome raises: `invalid_grant` → needs_reauthorization,
// another refusal → refresh_failed, a success after a failure → recovered. Network failures raise
// nothing (nothing changed; the next try decides).
import type { RefreshOutcome } from "@/lib/server/oauth";

export function credentialEventFor(outcome: RefreshOutcome, wasFailing: boolean) {
  switch (outcome.status) {
    case "needs_reauthorization":
      return "credential.needs_reauthorization" as const;
    case "rejected":
      return "credential.refresh_failed" as const;
    case "refreshed":
      return wasFailing ? ("credential.recovered" as const) : null;
    default:
      return null;
  }
}
