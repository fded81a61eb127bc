import "server-only";
// `keys rotate`: re-seals every secret under the current master key, online. Each row is rewritten
// only if it is still what was read (a concurrent edit wins and is already under the new key), in
// small batches, so the console keeps serving throughout. Nothing secret is logged or audited.
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { RequestContext } from "@/lib/server/auth/actor";
import type { Keyring } from "@/lib/server/crypto/master-key";
import { decryptSecret, encryptSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db/client";

export async function rotateSecrets(
  keys: Keyring,
  context: RequestContext,
  scope: { organizationId?: string } = {},
): Promise<{ resealed: number; skipped: number; failed: number }> {
  let resealed = 0;
  let skipped = 0;
  let failed = 0;
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
      const context_ = { resourceType: row.resourceType, resourceId: row.resourceId, field: row.field };
      let plaintext: string;
      try {
        plaintext = decryptSecret(keys.all, { keyId: row.keyId, wrappedKey: Buffer.from(row.wrappedKey), ciphertext: Buffer.from(row.ciphertext) }, context_);
      } catch {
        failed++; // sealed under a key that is not in the keyring, or tampered: left as it is
        continue;
      }
      const sealed = encryptSecret(keys.current, plaintext, context_);
      const { count } = await db.secret.updateMany({
        where: { id: row.id, keyId: row.keyId, updatedAt: row.updatedAt },
        data: { keyId: sealed.keyId, wrappedKey: new Uint8Array(sealed.wrappedKey), ciphertext: new Uint8Array(sealed.ciphertext), updatedAt: row.updatedAt },
      });
      if (count === 1) resealed++;
      else skipped++;
    }
  }
  await recordStandaloneAuditEvent({
    actor: null,
    actorLabel: "cli",
    organizationId: null,
    action: "keys.rotate",
    outcome: failed ? "failure" : "success",
    resourceType: "master_key",
    resourceId: keys.current.id,
    detail: `re-sealed ${resealed} secrets under key ${keys.current.id}; ${skipped} changed concurrently; ${failed} could not be opened`,
    context,
  });
  return { resealed, skipped, failed };
}
