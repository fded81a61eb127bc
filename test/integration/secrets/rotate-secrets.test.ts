import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keyring, parseMasterKey } from "@/lib/server/crypto/master-key";
import { decryptSecret } from "@/lib/server/crypto/secret-box";
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
