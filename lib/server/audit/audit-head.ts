import "server-only";
// The audit chain's signed head (table audit_heads, one row): how many events the chain holds, the
// newest one's id and hash, and an HMAC over them with a key derived from the master key. The
// hash chain alone shows an edited or removed row in the middle, but not the newest rows deleted,
// nor a chain rewritten from scratch by someone with database access: the head, which they cannot
// sign without the master key, does. Updated in each append's transaction, under the chain lock.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { keyring, type MasterKey } from "@/lib/server/crypto/master-key";
import type { Db, Tx } from "@/lib/server/db/client";
import { db } from "@/lib/server/db/client";

const HEAD_ID = 1;

export type AuditHead = { count: bigint; lastId: bigint; hash: string; signature: string | null; keyId: string | null; updatedAt: Date };

const headKey = (master: MasterKey) => Buffer.from(hkdfSync("sha256", master.key, Buffer.alloc(0), "integration-console audit head v1", 32));

const message = (head: Pick<AuditHead, "count" | "lastId" | "hash">) => `audit-head v1\n${head.count}\n${head.lastId}\n${head.hash}`;

export function signHead(master: MasterKey, head: Pick<AuditHead, "count" | "lastId" | "hash">): string {
  return createHmac("sha256", headKey(master)).update(message(head)).digest("hex");
}

/** The head's signature checks out under the key it names (current or retired). */
export function headSignatureValid(head: AuditHead, keys: MasterKey[] = keyring().all): boolean {
  const master = keys.find((k) => k.id === head.keyId);
  if (!master || !head.signature) return false;
  const expected = Buffer.from(signHead(master, head), "hex");
  const given = Buffer.from(head.signature, "hex");
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function readAuditHead(client: Db | Tx = db): Promise<AuditHead | null> {
  return client.auditHead.findUnique({ where: { id: HEAD_ID } });
}

/**
 * Moves the head onto a newly appended event (inside the append's transaction, after the chain
 * lock). A missing head — a database the migration never anchored — starts counting here.
 */
export async function advanceAuditHead(tx: Tx, event: { id: bigint; hash: string }): Promise<void> {
  const previous = await tx.auditHead.findUnique({ where: { id: HEAD_ID }, select: { count: true } });
  const master = keyring().current;
  const next = { count: (previous?.count ?? 0n) + 1n, lastId: event.id, hash: event.hash };
  const data = { ...next, signature: signHead(master, next), keyId: master.id, updatedAt: new Date() };
  await tx.auditHead.upsert({ where: { id: HEAD_ID }, create: { id: HEAD_ID, ...data }, update: data });
}

export type HeadState =
  | { state: "intact"; signedAt: Date }
  | { state: "unsigned" }
  | { state: "bad_signature" }
  | { state: "truncated"; missing?: bigint }
  | { state: "rewritten" };

/**
 * Compares the head with the chain as walked (`verifyAuditChain`): the count of events up to the
 * head's event and that event's hash. Fewer events or another hash means the newest events were
 * removed or the chain was rewritten; a signature that does not check means the head was.
 */
export function compareHead(head: AuditHead | null, walked: { count: bigint; hashAtHead: string | null }): HeadState {
  if (!head || !head.signature) return { state: "unsigned" };
  if (!headSignatureValid(head)) return { state: "bad_signature" };
  if (walked.count < head.count || walked.hashAtHead === null) return { state: "truncated", missing: head.count - walked.count };
  if (walked.count !== head.count || walked.hashAtHead !== head.hash) return { state: "rewritten" };
  return { state: "intact", signedAt: head.updatedAt };
}

/**
 * For the audit page, in constant time: the head is signed, and its event is still the newest
 * one the log holds up to it, with the same hash. (`audit verify` walks the whole chain.)
 */
export async function quickHeadState(client: Db | Tx = db): Promise<HeadState> {
  const head = await readAuditHead(client);
  if (!head || !head.signature) return { state: "unsigned" };
  if (!headSignatureValid(head)) return { state: "bad_signature" };
  const atHead = await client.auditEvent.findUnique({ where: { id: head.lastId }, select: { hash: true } });
  if (!atHead) return { state: "truncated" };
  if (atHead.hash !== head.hash) return { state: "rewritten" };
  return { state: "intact", signedAt: head.updatedAt };
}
