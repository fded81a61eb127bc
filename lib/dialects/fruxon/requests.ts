import "server-only";
// Fruxon request bodies (schemas in ./schemas.ts) → the core's integration input (see ./MAPPING.md).
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/server/validation";
import { parseAuthMetadataId } from "./integrations";
import { fruxonCreateSchema, fruxonUpdateSchema, fruxonVerifySchema, type FruxonConfigMetadataInput } from "./schemas";

// Parameter values become config keys; null / absent means "keep" (a GET echoes a secret as
// null, and sending it back must not clear it). Credentials may also sit in the auth method's
// authSettings.parameters, Fruxon's place for them.
function toConfig(metadata: FruxonConfigMetadataInput | null | undefined) {
  const config: Record<string, unknown> = {};
  for (const p of metadata?.parametersMetadata ?? []) if (p.defaultValue !== null && p.defaultValue !== undefined) config[p.name] = String(p.defaultValue);
  const auth = metadata?.authMetadata?.[0];
  for (const [key, v] of Object.entries(auth?.authSettings?.parameters ?? {})) if (v !== null && v !== undefined) config[key] = String(v);
  let template: string | undefined;
  if (auth) {
    const parsed = parseAuthMetadataId(auth.id);
    if (!parsed) {
      throw new AppError("validation_failed", `Unknown auth method "${auth.id.slice(0, 100)}"`, {
        fieldErrors: { "configMetadata.authMetadata": [`Unknown auth method ${auth.id.slice(0, 100)}; use an id from a SYSTEM integration's authMetadata`] },
      });
    }
    template = parsed.template.id;
    config.auth_type = parsed.authType;
  }
  return { config, template };
}

/** POST body → createIntegration input. The auth method chooses the template (built-in integration). */
export function toCreateInput(body: unknown) {
  const data = parseInput(fruxonCreateSchema, body);
  const { config, template } = toConfig(data.configMetadata);
  if (!template) {
    throw new AppError("validation_failed", "configMetadata.authMetadata must name the auth method of a built-in integration", {
      fieldErrors: { "configMetadata.authMetadata": ["Required: one auth method id such as azure.service_account (see GET …/integrations?types=SYSTEM)"] },
    });
  }
  return {
    template,
    config,
    ...(data.id && { slug: data.id }),
    ...(data.displayName !== undefined && { name: data.displayName }),
    ...(data.description !== undefined && { description: data.description }),
    ...(data.tags && { tags: data.tags }),
    ...(data.secretExpiresAt !== undefined && { secret_expires_time: data.secretExpiresAt?.toISOString() ?? null }),
  };
}

/** PUT body → updateIntegration input. Omitted (or null) fields, credentials included, keep their values. */
export function toUpdateInput(body: unknown) {
  const data = parseInput(fruxonUpdateSchema, body);
  const { config, template } = toConfig(data.configMetadata);
  return {
    config,
    // Read-only in the core: accepted when it names the integration's own template, else a 400.
    ...(template && { template }),
    ...(data.displayName != null && { name: data.displayName }),
    ...(data.description != null && { description: data.description }),
    ...(data.tags && { tags: data.tags }),
    ...(data.secretExpiresAt !== undefined && { secret_expires_time: data.secretExpiresAt?.toISOString() ?? null }),
  };
}

/** `:verifyConfig` body → the auth method and the values to try (used once, never stored). */
export function toVerifyInput(body: unknown) {
  const data = parseInput(fruxonVerifySchema, body);
  const auth = parseAuthMetadataId(data.authMetadataId);
  const values: Record<string, unknown> = {};
  for (const source of [data.configParameters ?? {}, data.authConfig.parameters ?? {}]) {
    for (const [key, v] of Object.entries(source)) if (v !== null && v !== undefined) values[key] = String(v);
  }
  return { authMetadataId: data.authMetadataId, auth, values };
}
