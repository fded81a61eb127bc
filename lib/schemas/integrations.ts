import { z } from "zod";

// Request bodies of Posit's OAuth integrations API; the console's forms use the same rules.
// Unknown keys are rejected (Posit: additionalProperties false) with the key named.
export const integrationNameSchema = z.string().trim().max(100, "Name must be at most 100 characters");
export const integrationDescriptionSchema = z.string().trim().max(500, "Description must be at most 500 characters");
const configSchema = z.record(z.string(), z.unknown(), { error: "config must be an object" });
// Only for a body that is not an object; other issues (unknown keys) keep their own message.
const bodyMustBeObject = { error: (issue: { code?: string }) => (issue.code === "invalid_type" ? "The request body must be a JSON object" : undefined) };

export const createIntegrationSchema = z.strictObject({
  name: integrationNameSchema.nullish(),
  description: integrationDescriptionSchema.nullish(),
  template: z.string({ error: "template is required" }).min(1, "template is required"),
  config: configSchema.default({}),
}, bodyMustBeObject);
export type CreateIntegrationInput = z.input<typeof createIntegrationSchema>;

export const updateIntegrationSchema = z.strictObject({
  name: integrationNameSchema.nullish(),
  description: integrationDescriptionSchema.nullish(),
  config: configSchema.optional(),
  // Read-only attributes: accepted only when unchanged (R connectapi sends `template` back).
  template: z.string().optional(),
  id: z.union([z.string(), z.number()]).optional(),
  guid: z.string().optional(),
  created_time: z.string().optional(),
  updated_time: z.string().optional(),
}, bodyMustBeObject);
export type UpdateIntegrationInput = z.input<typeof updateIntegrationSchema>;

export const AUTH_TYPES = ["Viewer", "Service Account", "Visitor API Key"] as const;
export const INTEGRATION_SORTS = ["name", "-name", "updated", "-updated", "template", "-template"] as const;

/** The console list's URL state; anything malformed falls back to the default. */
export const integrationListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  template: z.string().max(50).catch(""),
  authType: z.enum(["", ...AUTH_TYPES]).catch(""),
  sort: z.enum(INTEGRATION_SORTS).catch("name"),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  /** Opaque keyset cursor of `page` (from the previous/next link); absent for a jump. */
  cursor: z.string().max(2000).catch(""),
});
export type IntegrationListQuery = z.infer<typeof integrationListQuerySchema>;

export const contentAssociationsSchema = z.array(
  z.strictObject({ oauth_integration_guid: z.string({ error: "oauth_integration_guid is required" }) }),
  { error: "body must be an array of {oauth_integration_guid}" },
);

export type SecretStatusDto = { set: true; updatedAt: string };

export type IntegrationDto = {
  id: string;
  guid: string;
  name: string;
  description: string;
  template: string;
  authType: string;
  config: Record<string, unknown>;
  secrets: Record<string, SecretStatusDto>;
  createdAt: string;
  updatedAt: string;
  version: number;
  contentCount: number;
};

export type ContentAssociationDto = {
  contentGuid: string;
  contentName: string;
  integrationGuid: string;
  integrationName: string;
  integrationDescription: string;
  integrationTemplate: string;
  integrationAuthType: string;
  createdAt: string;
};
