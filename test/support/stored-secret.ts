// What the secret store holds for a field, decrypted: for tests that check what was stored.
// Production code reads secrets only through readSecretValueForUse, for the endpoint they were
// stored for.
import { keyring } from "@/lib/server/crypto/master-key";
import { decryptSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db/client";

export async function readStoredSecret(resourceType: string, resourceId: string, field: string): Promise<string | null> {
  const row = await db.secret.findUnique({ where: { resourceType_resourceId_field: { resourceType, resourceId, field } } });
  if (!row) return null;
  return decryptSecret(keyring().all, { keyId: row.keyId, wrappedKey: Buffer.from(row.wrappedKey), ciphertext: Buffer.from(row.ciphertext) }, { resourceType, resourceId, field });
}
