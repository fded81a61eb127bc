import { z } from "zod";
import { secretExpirySchema } from "./expiry";
import { AUTH_TYPES } from "./list-constants";
import { listPageFields } from "./list-query";

// Request bodies of Posit's OAuth integrations API; the console's forms use the same rules.
// Unknown keys are rejected (Posit: additionalProperties false) with the key named.
export const integrationNameSchema = z.string().trim().max(100, "Name must be at most 100 characters");
export const integrationDescriptionSchema = z.string().trim().max(500, "Description must be at most 500 characters");
/** Fruxon's `id`: letters, digits, "_" and "-", unique in the organisation, fixed once made. */
export const INTEGRATION_SLUG_PATTERN = /^[A-Za-z0-9_-]+$/;
export const integrationSlugSchema = z
  .string()
  .min(1, "id must not be empty")
  .max(100, "id must be at most 100 characters")
  .regex(INTEGRATION_SLUG_PATTERN, "id may contain only letters, digits, '_' and '-'");

import { MAX_TAGS } from "./integration-constants";
export { MAX_TAGS } from "./integration-constants";
/** A small set of short labels; duplicates are dropped, order kept. */
export const tagSchema = z
  .string()
  .trim()
  .min(1, "A tag must not be empty")
  .max(40, "A tag must be at most 40 characters")
  .regex(/^[^\p{C},]+$/u, "A tag may not contain commas or control characters");
export const tagsSchema = z
  .array(tagSchema, { error: "tags must be an array of strings" })
  .max(MAX_TAGS, `At most ${MAX_TAGS} tags`)
  .transform((tags) => [...new Set(tags)]);

// Posit's permissions: [{user_guid} | {group_guid}]. The read-only attributes of a permission
// that GET returns (id, guid, integration_guid) may be sent back and are ignored.
const permissionSchema = z
  .strictObject({
    user_guid: z.string().nullish(),
    group_guid: z.string().nullish(),
    id: z.union([z.string(), z.number()]).nullish(),
    guid: z.string().nullish(),
    integration_guid: z.string().nullish(),
  })
  .refine((p) => Boolean(p.user_guid) !== Boolean(p.group_guid), "Each permission names exactly one of user_guid or group_guid");
export const permissionsSchema = z
  .array(permissionSchema, { error: "permissions must be an array of {user_guid} or {group_guid}" })
  .max(200, "At most 200 permissions")
  .transform((list) => list.map((p) => (p.user_guid ? { userGuid: p.user_guid } : { groupGuid: p.group_guid as string })));
export type PermissionInput = { userGuid: string } | { groupGuid: string };

/** A person or group offered (and chosen) in the console's "who can use it" field. */
export const principalChoiceSchema = z.object({
  kind: z.enum(["user", "group"]),
  guid: z.string().min(1).max(100),
  label: z.string().max(320),
  detail: z.string().max(400).optional(),
});
export type PrincipalChoice = z.infer<typeof principalChoiceSchema>;

const configSchema = z.record(z.string(), z.unknown(), { error: "config must be an object" });
// Only for a body that is not an object; other issues (unknown keys) keep their own message.
const bodyMustBeObject = { error: (issue: { code?: string }) => (issue.code === "invalid_type" ? "The request body must be a JSON object" : undefined) };

export const createIntegrationSchema = z.strictObject({
  name: integrationNameSchema.nullish(),
  description: integrationDescriptionSchema.nullish(),
  template: z.string({ error: "template is required" }).min(1, "template is required"),
  config: configSchema.default({}),
  /** Generated when omitted (Posit's door and the console never send one). */
  slug: integrationSlugSchema.optional(),
  tags: tagsSchema.optional(),
  permissions: permissionsSchema.nullish(),
  /** Our addition: when the stored client secret stops working. */
  secret_expires_time: secretExpirySchema.optional(),
}, bodyMustBeObject);
export type CreateIntegrationInput = z.input<typeof createIntegrationSchema>;

export const updateIntegrationSchema = z.strictObject({
  name: integrationNameSchema.nullish(),
  description: integrationDescriptionSchema.nullish(),
  config: configSchema.optional(),
  tags: tagsSchema.optional(),
  /** Replaces the list when given. */
  permissions: permissionsSchema.nullish(),
  /** Our addition: when the stored secret stops working; null forgets it. Replacing a secret without it forgets the old date. */
  secret_expires_time: secretExpirySchema.optional(),
  // Read-only attributes: accepted only when unchanged (R connectapi sends `template` back).
  template: z.string().optional(),
  id: z.union([z.string(), z.number()]).optional(),
  guid: z.string().optional(),
  created_time: z.string().optional(),
  updated_time: z.string().optional(),
}, bodyMustBeObject);
export type UpdateIntegrationInput = z.input<typeof updateIntegrationSchema>;

export { AUTH_TYPES } from "./list-constants";
export const INTEGRATION_SORTS = ["name", "-name", "updated", "-updated", "template", "-template", "authType", "-authType", "secrets", "-secrets"] as const;

/** The console list's URL state; anything malformed falls back to the default. */
export const integrationListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  template: z.string().max(50).catch(""),
  authType: z.enum(["", ...AUTH_TYPES]).catch(""),
  tag: z.string().trim().max(40).catch(""),
  /** Only integrations whose secret expires before this date (YYYY-MM-DD). */
  expiresBefore: z.iso.date().optional().catch(undefined),
  ...listPageFields(INTEGRATION_SORTS, "name"),
});
export type IntegrationListQuery = z.infer<typeof integrationListQuerySchema>;

/** At most this many integrations per content item in one PUT (a bounded check, a bounded audit row). */
export const MAX_CONTENT_ASSOCIATIONS = 200;

export const contentAssociationsSchema = z
  .array(
    z.strictObject({ oauth_integration_guid: z.string({ error: "oauth_integration_guid is required" }).max(100, "oauth_integration_guid is not a GUID") }),
    { error: "body must be an array of {oauth_integration_guid}" },
  )
  .max(MAX_CONTENT_ASSOCIATIONS, `At most ${MAX_CONTENT_ASSOCIATIONS} integrations per content item`);

export type SecretStatusDto = { set: true; updatedAt: string; expiresAt?: string };

export type IntegrationPermissionDto = {
  id: string;
  guid: string;
  userGuid: string | null;
  groupGuid: string | null;
  /** For display: the user's email or the group's name. */
  label: string;
};

export type IntegrationDto = {
  id: string;
  guid: string;
  slug: string;
  tags: string[];
  permissions: IntegrationPermissionDto[];
  name: string;
  description: string;
  template: string;
  authType: string;
  config: Record<string, unknown>;
  secrets: Record<string, SecretStatusDto>;
  /** The earliest expiry among its stored secrets (null: none known). */
  secretExpiresAt: string | null;
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
