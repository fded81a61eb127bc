import "server-only";
// `keys rotate`: re-seals every secret under the current master key, online. Each row is rewritten
// only if it is still what was read; a row that changed meanwhile is read again and re-sealed if
// the writer used an older key (a console not yet given the new key does), so the report says
// what is true: how many rows are under the current key, and how many are still not (`remaining`,
// counted at the end — rows a console with an old key wrote behind the cursor included). Small
// batches, so the console keeps serving throughout. Nothing secret is logged or audited.
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { RequestContext } from "@/lib/server/auth/actor";
import type { Keyring } from "@/lib/server/crypto/master-key";
import { decryptSecret, encryptSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db/client";
import type { Secret } from "@/lib/server/db/generated/client";

const ATTEMPTS = 5; // per row, against writers that keep changing it

export type RotationReport = {
  /** Rows this run re-sealed under the current key. */
  resealed: number;
  /** Rows found changed meanwhile and already under the current key (a writer with the new key). */
  alreadyCurrent: number;
  /** Rows that could not be opened with any key of the keyring (left unchanged). */
  failed: number;
  /** Rows still under another key when the run ended: a console with an old key is still writing. */
  remaining: number;
};

type Outcome = "resealed" | "alreadyCurrent" | "failed" | "gone" | "busy";

async function resealRow(keys: Keyring, first: Secret): Promise<Outcome> {
  let row: Secret | null = first;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (!row) return "gone";
    if (row.keyId === keys.current.id) return "alreadyCurrent";
    const where = { resourceType: row.resourceType, resourceId: row.resourceId, field: row.field };
    let plaintext: string;
    try {
      plaintext = decryptSecret(keys.all, { keyId: row.keyId, wrappedKey: Buffer.from(row.wrappedKey), ciphertext: Buffer.from(row.ciphertext) }, where);
    } catch {
      return "failed"; // sealed under a key that is not in the keyring, or tampered: left as it is
    }
    const sealed = encryptSecret(keys.current, plaintext, where);
    const { count } = await db.secret.updateMany({
      where: { id: row.id, keyId: row.keyId, updatedAt: row.updatedAt },
      data: { keyId: sealed.keyId, wrappedKey: new Uint8Array(sealed.wrappedKey), ciphertext: new Uint8Array(sealed.ciphertext), updatedAt: row.updatedAt },
    });
    if (count === 1) return "resealed";
    row = await db.secret.findUnique({ where: { id: row.id } }); // changed meanwhile: look again
  }
  return "busy";
}

export async function rotateSecrets(keys: Keyring, context: RequestContext, scope: { organizationId?: string } = {}): Promise<RotationReport> {
  const report: RotationReport = { resealed: 0, alreadyCurrent: 0, failed: 0, remaining: 0 };
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.secret.findMany({
      where: { keyId: { not: keys.current.id }, ...scope, ...(cursor && { id: { gt: cursor } }) },
      orderBy: { id: "asc" },
      take: 100,
    });
    if (rows.length === 0) break;
    cursor = rows[rows.length - 1].id;
    for (const row of rows) {
      const outcome = await resealRow(keys, row);
      if (outcome === "resealed" || outcome === "alreadyCurrent" || outcome === "failed") report[outcome]++;
    }
  }
  report.remaining = await db.secret.count({ where: { keyId: { not: keys.current.id }, ...scope } });
  await recordStandaloneAuditEvent({
    actor: null,
    actorLabel: "cli",
    organizationId: null,
    action: "keys.rotate",
    outcome: report.remaining ? "failure" : "success",
    resourceType: "master_key",
    resourceId: keys.current.id,
    detail: `re-sealed ${report.resealed} secrets under key ${keys.current.id}; ${report.alreadyCurrent} changed concurrently, already under it; ${report.remaining} still under another key (${report.failed} could not be opened)`,
    context,
  });
  return report;
}
