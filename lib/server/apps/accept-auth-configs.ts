import "server-only";
// Splits submitted auth configs into what is stored in the row (non-secret) and what goes to the
// secret store. On a replace, a secret field omitted or left empty keeps the stored value.
import { APP_CONFIG_SECRET_FIELDS, type AuthConfigType } from "@/lib/schemas/apps";
import type { Tx } from "@/lib/server/db/client";
import { clearSecret, putSecret } from "@/lib/server/secrets/secret-store";
import { APP_RESOURCE, appSecretField } from "./app-dto";
import { authConfigEndpoint } from "./app-endpoint";

type Config = { type: AuthConfigType; data: Record<string, unknown> };

export function splitAuthConfigs(configs: Config[]) {
  const stored: Config[] = [];
  const secrets: Record<string, string> = {};
  for (const config of configs) {
    const data = { ...config.data };
    for (const field of APP_CONFIG_SECRET_FIELDS[config.type]) {
      const value = data[field];
      delete data[field];
      if (typeof value === "string" && value !== "") secrets[appSecretField(config.type, field)] = value;
    }
    stored.push({ type: config.type, data });
  }
  return { stored, secrets };
}

/** Writes the given secrets and drops those of auth types no longer configured. */
export async function storeAppSecrets(tx: Tx, organizationId: string, appId: string, configs: Config[], secrets: Record<string, string>, previouslySet: string[] = []) {
  const resource = { organizationId, resourceType: APP_RESOURCE, resourceId: appId };
  for (const [field, value] of Object.entries(secrets)) {
    const type = field.slice(0, field.indexOf("."));
    await putSecret(tx, resource, field, value, authConfigEndpoint(configs.find((c) => c.type === type)));
  }
  const kept = new Set(configs.flatMap((c) => APP_CONFIG_SECRET_FIELDS[c.type].map((f) => appSecretField(c.type, f))));
  for (const field of previouslySet) if (!kept.has(field)) await clearSecret(tx, resource, field);
}
