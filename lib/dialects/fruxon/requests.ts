import "server-only";
// Fruxon request bodies → the core's integration input (see ./MAPPING.md). Unknown top-level keys
// are refused, as Fruxon's `[key: string]?: never` says; inside configMetadata the descriptive keys
// of a parameter or auth method that GET returned may be sent back and are ignored, so a client
// can GET, edit `defaultValue`s and PUT the object back.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { integrationDescriptionSchema, integrationNameSchema, integrationSlugSchema, tagsSchema } from "@/lib/schemas/integrations";
import { parseInput } from "@/lib/server/validation";
import { parseAuthMetadataId } from "./integrations";

const value = z.union([z.string(), z.boolean(), z.number()]).nullish();
const parameterSchema = z.looseObject({ name: z.string({ error: "name is required" }).min(1).max(100), defaultValue: value });
const authSchema = z.looseObject({
  id: z.string({ error: "id is required" }).min(1).max(100),
  authSettings: z.looseObject({ parameters: z.record(z.string(), value).nullish() }).nullish(),
});
const configMetadataSchema = z.strictObject({
  parametersMetadata: z.array(parameterSchema).max(100).nullish(),
  authMetadata: z.array(authSchema).max(10).nullish(),
});
const bodyMustBeObject = { error: (issue: { code?: string }) => (issue.code === "invalid_type" ? "The request body must be a JSON object" : undefined) };

const createSchema = z.strictObject(
  {
    id: integrationSlugSchema.nullish(),
    displayName: integrationNameSchema.nullish(),
    description: integrationDescriptionSchema.nullish(),
    configMetadata: configMetadataSchema.nullish(),
    tags: tagsSchema.nullish(),
  },
  bodyMustBeObject,
);

const updateSchema = z.strictObject(
  {
    displayName: integrationNameSchema.nullish(),
    description: integrationDescriptionSchema.nullish(),
    configMetadata: configMetadataSchema.nullish(),
    tags: tagsSchema.nullish(),
  },
  bodyMustBeObject,
);

type ConfigMetadata = z.output<typeof configMetadataSchema>;

// Parameter values become config keys; null / absent means "keep" (a GET echoes a secret as
// null, and sending it back must not clear it). Credentials may also sit in the auth method's
// authSettings.parameters, Fruxon's place for them.
function toConfig(metadata: ConfigMetadata | null | undefined) {
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
  const data = parseInput(createSchema, body);
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
  };
}

/** PUT body → updateIntegration input. Omitted (or null) fields, credentials included, keep their values. */
export function toUpdateInput(body: unknown) {
  const data = parseInput(updateSchema, body);
  const { config, template } = toConfig(data.configMetadata);
  return {
    config,
    // Read-only in the core: accepted when it names the integration's own template, else a 400.
    ...(template && { template }),
    ...(data.displayName != null && { name: data.displayName }),
    ...(data.description != null && { description: data.description }),
    ...(data.tags && { tags: data.tags }),
  };
}

const verifySchema = z.strictObject(
  {
    authMetadataId: z.string({ error: "authMetadataId is required" }).min(1, "authMetadataId is required").max(100),
    authConfig: z.looseObject({ parameters: z.record(z.string(), value).nullish() }, { error: "authConfig is required" }),
    configParameters: z.record(z.string(), value).nullish(),
  },
  bodyMustBeObject,
);

/** `:verifyConfig` body → the auth method and the values to try (used once, never stored). */
export function toVerifyInput(body: unknown) {
  const data = parseInput(verifySchema, body);
  const auth = parseAuthMetadataId(data.authMetadataId);
  const values: Record<string, unknown> = {};
  for (const source of [data.configParameters ?? {}, data.authConfig.parameters ?? {}]) {
    for (const [key, v] of Object.entries(source)) if (v !== null && v !== undefined) values[key] = String(v);
  }
  return { authMetadataId: data.authMetadataId, auth, values };
}
