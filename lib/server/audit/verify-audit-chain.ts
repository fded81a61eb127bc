import "server-only";
import type { Db } from "@/lib/server/db/client";
import { db } from "@/lib/server/db/client";
import { compareHead, readAuditHead, type HeadState } from "./audit-head";
import { GENESIS_HASH, verifyChainRows, type ChainRow } from "./hash-chain";

export type ChainVerification = { ok: boolean; checked: number; brokenAt?: string; head: HeadState };

/**
 * Walks the whole audit log in id order and recomputes every hash, then holds the chain up to the
 * signed head (read first, so events appended during the walk are checked but not held against
 * it): the newest events deleted, or the chain rewritten, no longer match it. `client` lets a
 * test look at a tampered log inside a transaction it then rolls back.
 */
export async function verifyAuditChain(client: Db = db): Promise<ChainVerification> {
  const head = await readAuditHead(client);
  let prevHash = GENESIS_HASH;
  let cursor: bigint | undefined;
  let checked = 0;
  let countToHead = 0n;
  let hashAtHead: string | null = null;
  for (;;) {
    const rows = await client.auditEvent.findMany({
      where: cursor === undefined ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: 1000,
    });
    if (rows.length === 0) break;
    const result = verifyChainRows(rows as unknown as ChainRow[], prevHash);
    if (!result.ok) {
      return { ok: false, checked: checked + rows.findIndex((r) => r.id === result.brokenAt), brokenAt: String(result.brokenAt), head: { state: "rewritten" } };
    }
    for (const row of rows) {
      if (head && row.id <= head.lastId) countToHead++;
      if (head && row.id === head.lastId) hashAtHead = row.hash;
    }
    prevHash = result.lastHash;
    checked += rows.length;
    cursor = rows[rows.length - 1].id;
  }
  const headState = compareHead(head, { count: countToHead, hashAtHead });
  return { ok: headState.state === "intact", checked, head: headState };
}

/** One line for people: what the head says about the log. */
export function describeHead(head: HeadState): string {
  switch (head.state) {
    case "intact":
      return `the signed head matches (last signed ${head.signedAt.toISOString()})`;
    case "unsigned":
      return "the head is not signed yet (no event since the head was added)";
    case "bad_signature":
      return "the head's signature does not check: it was altered, or signed with a key this console does not have";
    case "truncated":
      return `events the signed head covers are missing${head.missing ? ` (${head.missing})` : ""}: the newest events were deleted`;
    case "rewritten":
      return "the chain does not match the signed head: events were rewritten";
  }
}
