// Fruxon's request and response shapes (see ./MAPPING.md). The request schemas are what the
// handlers parse with (./requests.ts); the response schemas are what the serializers
// (./integrations.ts, ./single.ts, ./list.ts) are typed against; the OpenAPI document
// (./openapi.ts) is built from both.
import { z } from "zod";
import { secretExpirySchema } from "@/lib/schemas/expiry";
import { integrationDescriptionSchema, integrationNameSchema, integrationSlugSchema, tagsSchema } from "@/lib/schemas/integrations";

// ---- requests ---------------------------------------------------------------------------------
// Unknown top-level keys are refused, as Fruxon's `[key: string]?: never` says; inside
// configMetadata the descriptive keys of a parameter or auth method that GET returned may be sent
// back and are ignored, so a client can GET, edit `defaultValue`s and PUT the object back.

const value = z.union([z.string(), z.boolean(), z.number()]).nullish();
const parameterInputSchema = z.looseObject({
  name: z.string({ error: "name is required" }).min(1).max(100),
  defaultValue: value.meta({ description: "The parameter's value; null or absent keeps the stored one (a secret included)." }),
});
const authInputSchema = z.looseObject({
  id: z.string({ error: "id is required" }).min(1).max(100).meta({ description: "An auth method id from a SYSTEM integration, e.g. `azure.service_account`." }),
  authSettings: z.looseObject({ parameters: z.record(z.string(), value).nullish() }).nullish(),
});
const configMetadataInputSchema = z.strictObject({
  parametersMetadata: z.array(parameterInputSchema).max(100).nullish(),
  authMetadata: z.array(authInputSchema).max(10).nullish(),
});
/** Our addition: when the stored secret stops working, as epoch milliseconds (like `createdAt`) or a date; null forgets it. */
const secretExpiresAtInput = z
  .union([z.number().int().min(0).transform((ms) => new Date(ms)), secretExpirySchema])
  .meta({ description: "Our addition: when the stored client secret stops working: epoch milliseconds, a date (YYYY-MM-DD) or an RFC 3339 date-time; null forgets it. Replacing the secret without it forgets the old date." });
const bodyMustBeObject = { error: (issue: { code?: string }) => (issue.code === "invalid_type" ? "The request body must be a JSON object" : undefined) };

export const fruxonCreateSchema = z.strictObject(
  {
    id: integrationSlugSchema.nullish(),
    displayName: integrationNameSchema.nullish(),
    description: integrationDescriptionSchema.nullish(),
    configMetadata: configMetadataInputSchema.nullish(),
    tags: tagsSchema.nullish(),
    secretExpiresAt: secretExpiresAtInput.optional(),
  },
  bodyMustBeObject,
);

export const fruxonUpdateSchema = z.strictObject(
  {
    displayName: integrationNameSchema.nullish(),
    description: integrationDescriptionSchema.nullish(),
    configMetadata: configMetadataInputSchema.nullish(),
    tags: tagsSchema.nullish(),
    secretExpiresAt: secretExpiresAtInput.optional(),
  },
  bodyMustBeObject,
);
export type FruxonConfigMetadataInput = z.output<typeof configMetadataInputSchema>;

export const fruxonVerifySchema = z.strictObject(
  {
    authMetadataId: z.string({ error: "authMetadataId is required" }).min(1, "authMetadataId is required").max(100),
    authConfig: z.looseObject({ parameters: z.record(z.string(), value).nullish() }, { error: "authConfig is required" }),
    configParameters: z.record(z.string(), value).nullish(),
  },
  bodyMustBeObject,
);

/** The list's `page_size`: default and maximum. */
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

// ---- responses --------------------------------------------------------------------------------

const ruleSchema = z.object({
  effect: z.literal("SHOW"),
  all: z.array(z.object({ sourceParam: z.string(), operator: z.literal("IN"), values: z.array(z.string()) })),
});

export const fruxonParameterSchema = z
  .object({
    index: z.number().int(),
    typeName: z.null(),
    integerRange: z.null(),
    floatRange: z.null(),
    asset: z.null(),
    jsonSchema: z.null(),
    name: z.string(),
    type: z.enum(["String", "Boolean"]),
    options: z.array(z.object({ value: z.string(), label: z.string(), description: z.null() })).nullable(),
    displayName: z.string(),
    description: z.string(),
    required: z.boolean(),
    secret: z.boolean(),
    defaultValue: z.string().nullable().meta({ description: "The current value (the template's default on a SYSTEM integration); always null for a secret." }),
    uiHint: z.enum(["PASSWORD", "MULTILINE"]).nullable(),
    rules: z.array(ruleSchema).meta({ description: "Visibility: shown when every clause of one rule holds." }),
  })
  .meta({ id: "ParameterMetadata" });
export type FruxonParameter = z.infer<typeof fruxonParameterSchema>;

export const fruxonAuthMetadataSchema = z
  .object({
    id: z.string().meta({ description: "`<template>.<viewer|service_account|visitor_api_key>`" }),
    displayName: z.string(),
    description: z.string(),
    type: z.enum(["OAUTH2", "API_KEY"]),
    sensitivity: z.literal("UNSPECIFIED"),
    authProviderName: z.string(),
    configTestSupported: z.boolean().meta({ description: "`:verifyConfig` works for this method (a Service Account with a token endpoint)." }),
    supportedLevels: z.array(z.enum(["APPLICATION", "USER"])),
    authMap: z.object({ useMap: z.literal(false), keyTemplate: z.null(), parametersMetadata: z.array(fruxonParameterSchema) }),
    authSettings: z.object({ parameters: z.object({}).meta({ description: "Always empty: credentials are never returned." }) }),
    parametersMetadata: z.array(fruxonParameterSchema),
    availableScopes: z.array(z.string()),
  })
  .meta({ id: "AuthMetadata" });
export type FruxonAuthMetadata = z.infer<typeof fruxonAuthMetadataSchema>;

export const fruxonIntegrationSchema = z
  .object({
    id: z.string().meta({ description: "The integration's id in the tenant (a SYSTEM integration's is its template id)." }),
    displayName: z.string(),
    description: z.string(),
    type: z.enum(["SYSTEM", "CUSTOM"]),
    configMetadata: z.object({ parametersMetadata: z.array(fruxonParameterSchema), authMetadata: z.array(fruxonAuthMetadataSchema) }),
    tags: z.array(z.string()),
    isInternal: z.literal(false),
    createdAt: z.number().int().meta({ description: "Epoch milliseconds (0 for SYSTEM)." }),
    modifiedAt: z.number().int().meta({ description: "Epoch milliseconds (0 for SYSTEM)." }),
    secretExpiresAt: z.number().int().nullable().meta({ description: "Our addition: when the stored client secret stops working, epoch milliseconds; null when unknown (always for SYSTEM)." }),
  })
  .meta({ id: "Integration" });
export type FruxonIntegration = z.infer<typeof fruxonIntegrationSchema>;

export const fruxonIntegrationPageSchema = z
  .object({
    items: z.array(fruxonIntegrationSchema),
    nextPageToken: z.string().nullable().meta({ description: "Pass as `page_token` for the next page; null on the last." }),
    totalCount: z.number().int().meta({ description: "Every match, over all pages." }),
  })
  .meta({ id: "IntegrationPage" });

export const fruxonVerifyResultSchema = z
  .object({
    success: z.boolean().meta({ description: "The provider issued a token (which is discarded)." }),
    error: z.string().nullable().meta({ description: "The provider's or the network's error when success is false." }),
    authorizationUrl: z.null(),
    authMapResults: z.array(z.never()).meta({ description: "Always empty: per-request auth maps are not served." }),
  })
  .meta({ id: "VerifyConfigResult" });
export type FruxonVerifyResult = z.infer<typeof fruxonVerifyResultSchema>;

export const fruxonAccessTokenSchema = z
  .object({
    access_token: z.string().meta({ description: "A JWT; send it as `Authorization: Bearer <access_token>`." }),
    token_type: z.literal("Bearer"),
    expires_in: z.number().int().meta({ description: "Seconds until it expires (900)." }),
  })
  .meta({ id: "AccessToken" });
export type FruxonAccessToken = z.infer<typeof fruxonAccessTokenSchema>;

export const fruxonProblemSchema = z
  .object({
    type: z.string().meta({ description: "The RFC 9110 section of the status." }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().meta({ description: "The request's path." }),
    errors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Per field (Fruxon's names: displayName, id, configMetadata…, tags.N, body), on 400 and 409." }),
    traceId: z.string().meta({ description: "The request id (also in X-Request-Id)." }),
  })
  .meta({ id: "ProblemDetails" });
