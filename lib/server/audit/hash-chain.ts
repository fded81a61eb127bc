// The audit log's tamper evidence: each row's hash covers its content and the previous row's
// hash, so editing or deleting any row breaks every hash after it.
import { createHash } from "node:crypto";
import { canonicalJson } from "./canonical-json";

export const GENESIS_HASH = "0".repeat(64);

export type ChainedFields = {
  organizationId: string | null;
  actorId: string | null;
  actorLabel: string;
  action: string;
  outcome: string;
  resourceType: string;
  resourceId: string | null;
  /** Hashed only when set: rows written before the column existed verify unchanged. */
  resourceName?: string | null;
  before: unknown;
  after: unknown;
  detail: string | null;
  requestId: string | null;
  ip: string | null;
  /** Absent (null) on most rows and on every row written before it existed: then not hashed. */
  untrusted?: unknown;
  createdAt: Date;
};

export function chainHash(prevHash: string, f: ChainedFields): string {
  // Exactly these fields, whatever else the row object carries (id, hashes).
  const content: ChainedFields = {
    organizationId: f.organizationId,
    actorId: f.actorId,
    actorLabel: f.actorLabel,
    action: f.action,
    outcome: f.outcome,
    resourceType: f.resourceType,
    resourceId: f.resourceId,
    ...(f.resourceName != null && { resourceName: f.resourceName }),
    before: f.before,
    after: f.after,
    detail: f.detail,
    requestId: f.requestId,
    ip: f.ip,
    untrusted: f.untrusted ?? undefined,
    createdAt: f.createdAt,
  };
  return createHash("sha256").update(prevHash).update("\n").update(canonicalJson(content)).digest("hex");
}

export type ChainRow = ChainedFields & { id: bigint; prevHash: string; hash: string };

/** Checks rows given in id order, continuing from `prevHash`. Returns the first broken row. */
export function verifyChainRows(rows: ChainRow[], prevHash: string): { ok: true; lastHash: string } | { ok: false; brokenAt: bigint } {
  let previous = prevHash;
  for (const row of rows) {
    if (row.prevHash !== previous || chainHash(previous, row) !== row.hash) return { ok: false, brokenAt: row.id };
    previous = row.hash;
  }
  return { ok: true, lastHash: previous };
}
