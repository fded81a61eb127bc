import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keyring, parseMasterKey } from "@/lib/server/crypto/master-key";
import { decryptSecret, encryptSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { rotateSecrets } from "@/lib/server/secrets/rotate-secrets";
import { context, createTeam } from "../../support/fixtures";

describe("keys rotate", () => {
  it("re-seals every secret under the new key, keeps values and change times, and is idempotent", async () => {
    const { admin } = await createTeam();
    const created = await createIntegration(
      admin,
      { name: "Rotating", template: "custom", config: { auth_type: "Service Account", token_uri: "https://idp.example.com/token", client_id: "c", client_secret: "rotate-me-123" } },
      context(),
    );
    // Only this organisation's secrets: other test files read theirs with the original key meanwhile.
    const scope = { organizationId: admin.organizationId };
    const before = await db.secret.findFirstOrThrow({ where: { resourceId: created.guid } });
    const old = keyring();
    const next = parseMasterKey(randomBytes(32).toString("base64"));
    const keys = { current: next, all: [next, ...old.all] };

    const result = await rotateSecrets(keys, context(), scope);
    expect(result.failed).toBe(0);
    expect(result.resealed).toBeGreaterThanOrEqual(1);
    const after = await db.secret.findFirstOrThrow({ where: { resourceId: created.guid } });
    expect(after.keyId).toBe(next.id);
    expect(after.updatedAt).toEqual(before.updatedAt);
    const sealed = { keyId: after.keyId, wrappedKey: Buffer.from(after.wrappedKey), ciphertext: Buffer.from(after.ciphertext) };
    const where = { resourceType: "integration", resourceId: created.guid, field: "client_secret" };
    expect(decryptSecret(next, sealed, where)).toBe("rotate-me-123");
    expect(() => decryptSecret(old.current, sealed, where)).toThrow();

    expect((await rotateSecrets(keys, context(), scope)).resealed).toBe(0);
    await rotateSecrets({ current: old.current, all: [old.current, next] }, context(), scope);
    expect((await db.secret.findFirstOrThrow({ where: { resourceId: created.guid } })).keyId).toBe(old.current.id);
  });
});

describe("keys rotate's report", () => {
  // A console not yet given the new CONSOLE_MASTER_KEY keeps sealing with the old one. A row it
  // rewrote during the rotation was counted "changed meanwhile, already current" while it was
  // still under the old key, and the rotation reported success.
  it("is true while a console with the old key rewrites rows: what it calls current is, and what is not is counted as remaining", async () => {
    const { admin } = await createTeam();
    const scope = { organizationId: admin.organizationId };
    const made = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        createIntegration(
          admin,
          { name: `Race ${i}`, template: "custom", config: { auth_type: "Service Account", token_uri: "https://idp.example.com/token", client_id: "c", client_secret: `race-secret-${i}` } },
          context(),
        ),
      ),
    );
    const old = keyring();
    const next = parseMasterKey(randomBytes(32).toString("base64"));
    const keys = { current: next, all: [next, ...old.all] };
    const rows = await db.secret.findMany({ where: { ...scope, resourceId: { in: made.map((m) => m.guid) } } });

    // The stale console: rewrites each row under the old key, over and over, while the rotation runs.
    let running = true;
    const staleWriter = (async () => {
      let writes = 0;
      while (running) {
        for (const row of rows) {
          const where = { resourceType: row.resourceType, resourceId: row.resourceId, field: row.field };
          const sealed = encryptSecret(old.current, `rewritten-${writes}`, where);
          await db.secret.update({ where: { id: row.id }, data: { keyId: sealed.keyId, wrappedKey: new Uint8Array(sealed.wrappedKey), ciphertext: new Uint8Array(sealed.ciphertext) } });
          writes++;
          if (!running) break;
        }
      }
      return writes;
    })();
    const report = await rotateSecrets(keys, context(), scope);
    running = false;
    expect(await staleWriter).toBeGreaterThan(0);

    const underOld = await db.secret.count({ where: { ...scope, keyId: { not: next.id } } });
    // Nothing wrote under the new key but the rotation itself: no row may be called "already current".
    expect(report.alreadyCurrent).toBe(0);
    expect(report.failed).toBe(0);
    // The stale console was still writing when the run ended: the run says so instead of success.
    expect(report.remaining).toBeGreaterThan(0);
    expect(underOld).toBeGreaterThan(0);
    const audited = await db.auditEvent.findFirstOrThrow({ where: { action: "keys.rotate", resourceId: next.id }, orderBy: { id: "desc" } });
    expect(audited.outcome).toBe("failure");

    // Once the stale console is gone, a second run finishes the job and says so.
    const again = await rotateSecrets(keys, context(), scope);
    expect(again.remaining).toBe(0);
    expect(again.resealed).toBe(underOld);
    expect(await db.secret.count({ where: { ...scope, keyId: { not: next.id } } })).toBe(0);
  });
});
