import "server-only";
import { AppError } from "@/lib/errors";

export type Precondition = { ifMatch?: string | null; expectedVersion?: number };

/** The strong ETag of a record versioned by an integer column (apps, connections, boards): `"<id>.<version>"`. */
export const recordEtag = (record: { id: string; version: number }) => `"${record.id}.${record.version}"`;

/**
 * If-Match (API) or the version the form loaded (console): a stale write is refused with 412.
 * `etag` is the resource's current strong validator; `what` names it in the message.
 */
export function checkPrecondition(current: { etag: string; version: number }, precondition: Precondition, what: string): void {
  const { ifMatch, expectedVersion } = precondition;
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new AppError("precondition_failed", `This ${what} was changed by someone else since you loaded it. Reload to see their changes.`);
  }
  if (ifMatch) {
    const candidates = ifMatch.split(",").map((s) => s.trim().replace(/^W\//, ""));
    if (!candidates.includes("*") && !candidates.includes(current.etag)) {
      throw new AppError("precondition_failed", `The ${what} has changed since the ETag given in If-Match.`);
    }
  }
}
