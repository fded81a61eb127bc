import "server-only";
// Encrypted secret values for any resource. Writers call putSecret inside their transaction;
// readers of the resource get only status (set + when changed). The plaintext is read back only by
// readSecretValueForUse, for code that must use the secret (verify), never for a response — and an
// issued access token by readAccessTokenToHandOut, for the credential exchange to return.
// Each value is stored for one endpoint (`putSecret`'s `endpoint`) and readSecretValueForUse hands
// it out only for that endpoint: a secret never leaves for a new place, whatever a service does.
import { currentMasterKey, keyring } from "@/lib/server/crypto/master-key";
import { decryptSecret, encryptSecret } from "@/lib/server/crypto/secret-box";
import { db, type Tx } from "@/lib/server/db/client";
import { endpointFingerprint, endpointMismatch } from "./endpoint-binding";

/** `expiresAt`: when the value stops working, when known (absent = unknown). */
export type SecretStatus = { set: true; updatedAt: string; expiresAt?: string };
export type SecretStatusMap = Record<string, SecretStatus>;
type Resource = { organizationId: string; resourceType: string; resourceId: string };

/**
 * Stores a value for one endpoint: the URL it will be sent to (a token URL, or the OIDC discovery
 * URL that names it), or null for a value the console never sends anywhere.
 */
export async function putSecret(tx: Tx, resource: Resource, field: string, value: string, endpoint: string | null, options: { expiresAt?: Date | null } = {}): Promise<void> {
  const context = { resourceType: resource.resourceType, resourceId: resource.resourceId, field };
  const sealed = encryptSecret(currentMasterKey(), value, context);
  // A new value brings its own expiry: the old value's date never carries over to it.
  const expiresAt = options.expiresAt ?? null;
  const data = { keyId: sealed.keyId, wrappedKey: new Uint8Array(sealed.wrappedKey), ciphertext: new Uint8Array(sealed.ciphertext), endpoint, expiresAt };
  await tx.secret.upsert({
    where: { resourceType_resourceId_field: { resourceType: resource.resourceType, resourceId: resource.resourceId, field } },
    create: { organizationId: resource.organizationId, ...context, ...data },
    update: data,
  });
}

/**
 * Sets (or, with null, forgets) when the resource's stored values stop working: a client secret
 * or API key whose date an admin typed. Token fields a provider issued are left alone.
 */
export async function setSecretsExpiry(tx: Tx, resource: Resource, expiresAt: Date | null, options: { exceptFields?: string[] } = {}): Promise<void> {
  await tx.secret.updateMany({
    where: { resourceType: resource.resourceType, resourceId: resource.resourceId, ...(options.exceptFields?.length ? { field: { notIn: options.exceptFields } } : {}) },
    data: { expiresAt },
  });
}

export async function clearSecret(tx: Tx, resource: Resource, field: string): Promise<void> {
  await tx.secret.deleteMany({ where: { resourceType: resource.resourceType, resourceId: resource.resourceId, field } });
}

export async function deleteSecretsOf(tx: Tx, resourceType: string, resourceId: string): Promise<void> {
  await tx.secret.deleteMany({ where: { resourceType, resourceId } });
}

/** The endpoint each of the given fields was stored for (absent fields are left out). */
export async function storedEndpoints(tx: Tx, resourceType: string, resourceId: string, fields: string[]): Promise<{ field: string; endpoint: string | null }[]> {
  return tx.secret.findMany({ where: { resourceType, resourceId, field: { in: fields } }, select: { field: true, endpoint: true } });
}

/** Which secret fields are set, and when each last changed, for many resources at once. */
export async function secretStatuses(resourceType: string, resourceIds: string[], client: Tx | typeof db = db): Promise<Map<string, SecretStatusMap>> {
  const rows = await client.secret.findMany({
    where: { resourceType, resourceId: { in: resourceIds } },
    select: { resourceId: true, field: true, updatedAt: true, expiresAt: true },
  });
  const result = new Map<string, SecretStatusMap>();
  for (const row of rows) {
    const map = result.get(row.resourceId) ?? {};
    map[row.field] = { set: true, updatedAt: row.updatedAt.toISOString(), ...(row.expiresAt && { expiresAt: row.expiresAt.toISOString() }) };
    result.set(row.resourceId, map);
  }
  return result;
}

type StoredRow = { keyId: string; wrappedKey: Uint8Array; ciphertext: Uint8Array };
const decryptStored = (row: StoredRow, context: { resourceType: string; resourceId: string; field: string }) =>
  decryptSecret(keyring().all, { keyId: row.keyId, wrappedKey: Buffer.from(row.wrappedKey), ciphertext: Buffer.from(row.ciphertext) }, context);

/**
 * The plaintext, for code about to send it to `endpoint` (a token request). Refused (400, naming
 * the field) when the value was stored for another endpoint or for none. Never put it in a
 * response.
 */
export async function readSecretValueForUse(resourceType: string, resourceId: string, field: string, endpoint: string, client: Tx | typeof db = db): Promise<string | null> {
  const row = await client.secret.findUnique({ where: { resourceType_resourceId_field: { resourceType, resourceId, field } } });
  if (!row) return null;
  const boundTo = endpointFingerprint(row.endpoint);
  if (boundTo === null || boundTo !== endpointFingerprint(endpoint)) throw endpointMismatch(field);
  return decryptStored(row, { resourceType, resourceId, field });
}

/** The only kind of stored value the console ever hands out: an access token a provider issued. */
const HANDED_OUT_FIELD = "accessToken";

/**
 * An access token for the credential exchange to hand to the workload that asked (a Service
 * Account's cached token, a viewer's own token): the console sends it nowhere itself. Client
 * secrets and refresh tokens are never read through here (the field is fixed), so they still
 * leave only through readSecretValueForUse, for the endpoint they were stored for.
 */
export async function readAccessTokenToHandOut(resourceType: string, resourceId: string): Promise<string | null> {
  const field = HANDED_OUT_FIELD;
  const row = await db.secret.findUnique({ where: { resourceType_resourceId_field: { resourceType, resourceId, field } } });
  if (!row) return null;
  return decryptStored(row, { resourceType, resourceId, field });
}
