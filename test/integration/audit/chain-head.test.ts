// The signed head catches what the hash chain alone cannot: the newest events deleted (the rest
// still chains), and a chain rewritten with its hashes recomputed (database access, no master key).
// Each tamper happens inside a transaction that holds the chain lock and is rolled back, so the
// other test files appending meanwhile only wait.
import { describe, expect, it } from "vitest";
import { quickHeadState, readAuditHead, signHead } from "@/lib/server/audit/audit-head";
import { chainHash, type ChainRow } from "@/lib/server/audit/hash-chain";
import { AUDIT_CHAIN_LOCK, recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { parseMasterKey } from "@/lib/server/crypto/master-key";
import { db, type Tx } from "@/lib/server/db/client";
import { context, createTeam } from "../../support/fixtures";

class RolledBack extends Error {}

async function tampered(work: (tx: Tx) => Promise<void>): Promise<void> {
  await db
    .$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`;
        await work(tx);
        throw new RolledBack();
      },
      { timeout: 60_000, maxWait: 20_000 },
    )
    .catch((error: unknown) => {
      if (!(error instanceof RolledBack)) throw error;
    });
}

async function appendSome(n: number) {
  const { admin } = await createTeam();
  for (let i = 0; i < n; i++) {
    await recordStandaloneAuditEvent({ actor: admin, organizationId: admin.organizationId, action: "test.head", resourceType: "test", detail: `event ${i}`, context: context() });
  }
}

describe("the audit chain's signed head", () => {
  it("moves with every append, signed, and verifies", async () => {
    await appendSome(3);
    const head = await readAuditHead();
    expect(head?.signature).toMatch(/^[0-9a-f]{64}$/);
    const newest = await db.auditEvent.findFirstOrThrow({ where: { id: { lte: head!.lastId } }, orderBy: { id: "desc" } });
    expect(newest.id).toBe(head!.lastId);
    expect(newest.hash).toBe(head!.hash);
    expect(await verifyAuditChain()).toMatchObject({ ok: true, head: { state: "intact" } });
    expect(await quickHeadState()).toMatchObject({ state: "intact" });
  });

  // Deleting the newest rows left a chain that still verified: nothing came after them to break.
  it("detects the newest events deleted", async () => {
    await appendSome(3);
    await tampered(async (tx) => {
      const newest = await tx.auditEvent.findMany({ orderBy: { id: "desc" }, take: 3, select: { id: true } });
      await tx.auditEvent.deleteMany({ where: { id: { in: newest.map((r) => r.id) } } });
      const result = await verifyAuditChain(tx);
      expect(result.brokenAt).toBeUndefined(); // the chain itself is whole
      expect(result).toMatchObject({ ok: false, head: { state: "truncated", missing: 3n } });
      expect(await quickHeadState(tx)).toMatchObject({ state: "truncated" });
    });
  });

  // Rewriting an event and recomputing its hash left a valid chain; so would rewriting them all.
  it("detects the chain rewritten with recomputed hashes, and a head forged to match it", async () => {
    await appendSome(2);
    await tampered(async (tx) => {
      const newest = (await tx.auditEvent.findFirstOrThrow({ orderBy: { id: "desc" } })) as unknown as ChainRow;
      const forged = { ...newest, action: "test.nothing-happened" };
      const hash = chainHash(newest.prevHash, forged);
      await tx.auditEvent.update({ where: { id: newest.id }, data: { action: forged.action, hash } });
      const rewritten = await verifyAuditChain(tx);
      expect(rewritten.brokenAt).toBeUndefined();
      expect(rewritten).toMatchObject({ ok: false, head: { state: "rewritten" } });
      expect(await quickHeadState(tx)).toMatchObject({ state: "rewritten" });

      // The head moved to match, signed with a key that is not the console's.
      const head = (await readAuditHead(tx))!;
      const stranger = parseMasterKey(Buffer.alloc(32, 7).toString("base64"));
      await tx.auditHead.update({ where: { id: 1 }, data: { hash, signature: signHead(stranger, { ...head, hash }) } });
      expect(await verifyAuditChain(tx)).toMatchObject({ ok: false, head: { state: "bad_signature" } });
      // Or with no signature at all.
      await tx.auditHead.update({ where: { id: 1 }, data: { signature: null } });
      expect(await verifyAuditChain(tx)).toMatchObject({ ok: false, head: { state: "unsigned" } });
    });
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});
