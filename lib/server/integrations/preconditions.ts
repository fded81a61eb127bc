import "server-only";
import { checkPrecondition as checkVersion, type Precondition } from "@/lib/server/preconditions";
import { integrationEtag } from "./integration-dto";

export type { Precondition } from "@/lib/server/preconditions";

/** If-Match (API) or the version the form loaded (console): a stale write is refused with 412. */
export function checkPrecondition(current: { guid: string; version: number }, precondition: Precondition): void {
  checkVersion({ etag: integrationEtag(current), version: current.version }, precondition, "integration");
}
