import "server-only";
// Encrypted secret values for any resource. Writers call putSecret inside their transaction;
// readers of the resource get only status (set + when changed). The plaintext is read back only by
// readSecretValueForUse, for code that must use the secret (verify), never for a response.
import { currentMasterKey, keyring } from "@/lib/server/crypto/master-key";
import { decryptSecret, encryptSecret } from "@/lib/server/crypto/secret-box";
import { db, type Tx } from "@/lib/server/db/client";

export type SecretStatus = { set: true; updatedAt: string };
export type SecretStatusMap = Record<string, SecretStatus>;
type Resource = { organizationId: string; resourceType: string; resourceId: string };

export async function putSecret(tx: Tx, resource: Resource, field: string, value: string): Promise<void> {
  const context = { resourceType: resource.resourceType, resourceId: resource.resourceId, field };
  const sealed = encryptSecret(currentMasterKey(), value, context);
  const data = { keyId: sealed.keyId, wrappedKey: new Uint8Array(sealed.wrappedKey), ciphertext: new Uint8Array(sealed.ciphertext) };
  await tx.secret.upsert({
    where: { resourceType_resourceId_field: { resourceType: resource.resourceType, resourceId: resource.resourceId, field } },
    create: { organizationId: resource.organizationId, ...context, ...data },
    update: data,
  });
}

export async function clearSecret(tx: Tx, resource: Resource, field: string): Promise<void> {
  await tx.secret.deleteMany({ where: { resourceType: resource.resourceType, resourceId: resource.resourceId, field } });
}

export async function deleteSecretsOf(tx: Tx, resourceType: string, resourceId: string): Promise<void> {
  await tx.secret.deleteMany({ where: { resourceType, resourceId } });
}

/** Which secret fields are set, and when each last changed, for many resources at once. */
export async function secretStatuses(resourceType: string, resourceIds: string[], client: Tx | typeof db = db): Promise<Map<string, SecretStatusMap>> {
  const rows = await client.secret.findMany({
    where: { resourceType, resourceId: { in: resourceIds } },
    select: { resourceId: true, field: true, updatedAt: true },
  });
  const result = new Map<string, SecretStatusMap>();
  for (const row of rows) {
    const map = result.get(row.resourceId) ?? {};
    map[row.field] = { set: true, updatedAt: row.updatedAt.toISOString() };
    result.set(row.resourceId, map);
  }
  return result;
}

/** The plaintext, for code that must use it (a token request). Never put it in a response. */
export async function readSecretValueForUse(resourceType: string, resourceId: string, field: string, client: Tx | typeof db = db): Promise<string | null> {
  const row = await client.secret.findUnique({ where: { resourceType_resourceId_field: { resourceType, resourceId, field } } });
  if (!row) return null;
  return decryptSecret(keyring().all, { keyId: row.keyId, wrappedKey: Buffer.from(row.wrappedKey), ciphertext: Buffer.from(row.ciphertext) }, { resourceType, resourceId, field });
}
