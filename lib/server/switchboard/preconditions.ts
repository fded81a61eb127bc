import "server-only";
import { AppError } from "@/lib/errors";
import { switchboardEtag } from "@/lib/server/apps/app-dto";

export type Precondition = { ifMatch?: string | null; expectedVersion?: number };

/** If-Match (API) or the version the form loaded (console): a stale write is refused with 412. */
export function checkPrecondition(what: string, current: { id: string; version: number }, precondition: Precondition): void {
  const { ifMatch, expectedVersion } = precondition;
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new AppError("precondition_failed", `This ${what} was changed by someone else since you loaded it. Reload to see their changes.`);
  }
  if (ifMatch) {
    const candidates = ifMatch.split(",").map((s) => s.trim().replace(/^W\//, ""));
    if (!candidates.includes("*") && !candidates.includes(switchboardEtag(current))) {
      throw new AppError("precondition_failed", `The ${what} has changed since the ETag given in If-Match.`);
    }
  }
}
