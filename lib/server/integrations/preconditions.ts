import "server-only";
import { AppError } from "@/lib/errors";
import { integrationEtag } from "./integration-dto";

export type Precondition = { ifMatch?: string | null; expectedVersion?: number };

/** If-Match (API) or the version the form loaded (console): a stale write is refused with 412. */
export function checkPrecondition(current: { guid: string; version: number }, precondition: Precondition): void {
  const { ifMatch, expectedVersion } = precondition;
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new AppError("precondition_failed", "This integration was changed by someone else since you loaded it. Reload to see their changes.");
  }
  if (ifMatch) {
    const etag = integrationEtag(current);
    const candidates = ifMatch.split(",").map((s) => s.trim().replace(/^W\//, ""));
    if (!candidates.includes("*") && !candidates.includes(etag)) {
      throw new AppError("precondition_failed", "The integration has changed since the ETag given in If-Match.");
    }
  }
}
