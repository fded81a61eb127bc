import "server-only";
import { db } from "@/lib/server/db/client";
import { GENESIS_HASH, verifyChainRows, type ChainRow } from "./hash-chain";

/** Walks the whole audit log in id order and recomputes every hash. */
export async function verifyAuditChain(): Promise<{ ok: boolean; checked: number; brokenAt?: string }> {
  let prevHash = GENESIS_HASH;
  let cursor: bigint | undefined;
  let checked = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: cursor === undefined ? {} : { id: { gt: cursor } },
      orderBy: { id: "asc" },
      take: 1000,
    });
    if (rows.length === 0) return { ok: true, checked };
    const result = verifyChainRows(rows as unknown as ChainRow[], prevHash);
    if (!result.ok) return { ok: false, checked: checked + rows.findIndex((r) => r.id === result.brokenAt), brokenAt: String(result.brokenAt) };
    prevHash = result.lastHash;
    checked += rows.length;
    cursor = rows[rows.length - 1].id;
  }
}
