// Posit Connect's response bodies as zod schemas: the serializers in this folder return exactly
// these types, and the OpenAPI document (./openapi.ts) is generated from them, so the document
// cannot drift from what the handlers send. Client-safe (no server imports).
import { z } from "zod";
import { AUTH_TYPES } from "@/lib/schemas/integrations";
import type { PositTemplate, PositVisibilityExpression } from "@/lib/templates/to-api";

const guid = z.string().meta({ format: "uuid", example: "5b7b4e2c-8d4f-4a8e-9a57-3f1c2f0d9e61" });
/** RFC 3339 in UTC without fractions, as Connect sends them ("2024-07-17T21:09:36Z"). */
const time = z.iso.datetime().meta({ example: "2024-07-17T21:09:36Z" });

export const positErrorSchema = z
  .object({
    code: z.number().int().meta({ description: "Connect's numeric error code" }),
    error: z.string().meta({ description: "What went wrong, for a person" }),
    payload: z.null(),
  })
  .meta({ id: "PositError", description: "Every error: `{code, error, payload: null}`; clients key off the HTTP status." });

export const positIntegrationPermissionSchema = z.object({
  id: z.string(),
  guid,
  integration_guid: guid,
  user_guid: guid.nullable(),
  group_guid: guid.nullable(),
});

export const positIntegrationSchema = z
  .object({
    id: z.string(),
    guid,
    created_time: time,
    updated_time: time,
    name: z.string(),
    description: z.string(),
    template: z.string(),
    auth_type: z.string().meta({ examples: [...AUTH_TYPES] }),
    config: z.record(z.string(), z.unknown()).meta({ description: "Non-secret configuration only; secret fields are never returned." }),
    permissions: z.array(positIntegrationPermissionSchema),
    environment_variables: z.array(z.string()),
    content_count: z.number().int().min(0).optional().meta({ description: "Sent to administrators only." }),
    secret_expires_time: time.nullable().meta({ description: "Our addition: when the stored client secret stops working (the earliest, when several are stored); null when unknown." }),
  })
  .meta({ id: "OAuthIntegration" });
export type PositIntegration = z.infer<typeof positIntegrationSchema>;

export const positAssociationSchema = z
  .object({
    app_guid: guid.meta({ deprecated: true, description: "Renamed content_guid." }),
    content_guid: guid,
    oauth_integration_guid: guid,
    oauth_integration_name: z.string(),
    oauth_integration_description: z.string(),
    oauth_integration_template: z.string(),
    oauth_integration_auth_type: z.string(),
    created_time: time,
  })
  .meta({ id: "OAuthIntegrationAssociation" });
export type PositAssociation = z.infer<typeof positAssociationSchema>;

const visibilityExpressionSchema: z.ZodType<PositVisibilityExpression> = z
  .union([
    z.object({ name: z.string(), value: z.union([z.string(), z.boolean()]) }),
    z.object({ operator: z.enum(["and", "or"]), get operands() { return z.array(visibilityExpressionSchema); } }),
  ])
  .meta({ id: "VisibilityExpression", description: "A Boolean tree: leaves `{name, value}`, nodes `{operator, operands}`." });

export const positTemplateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    sections: z.array(z.never()),
    options: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        description: z.string(),
        type: z.enum(["bool", "select"]),
        values: z.array(z.string()),
        default: z.union([z.string(), z.boolean()]),
        visibility_expression: visibilityExpressionSchema.nullable(),
      }),
    ),
    fields: z.array(
      z.object({
        name: z.string(),
        label: z.string(),
        description: z.string(),
        default: z.string(),
        validation: z.string().meta({ description: "Anchored regular expression; empty when any value is accepted." }),
        validation_description: z.string(),
        secret: z.boolean(),
        multiline: z.boolean(),
        visibility_expression: visibilityExpressionSchema.nullable(),
      }),
    ),
    environment_variables: z.array(z.string()),
  })
  .meta({ id: "OAuthIntegrationTemplate" });
// The template serializer (lib/templates/to-api.ts) keeps its own type; this fails to compile if they drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const TEMPLATE_SCHEMA_MATCHES_SERIALIZER: Same<z.infer<typeof positTemplateSchema>, PositTemplate> = true;

const userFields = {
  guid,
  username: z.string(),
  email: z.string(),
  first_name: z.string(),
  last_name: z.string(),
  user_role: z.enum(["administrator", "publisher", "viewer"]),
  confirmed: z.boolean(),
  locked: z.boolean().meta({ description: "A locked user can neither sign in nor use API keys." }),
};

export const positUserSchema = z.object(userFields).meta({ id: "User" });
export type PositUser = z.infer<typeof positUserSchema>;

/** A user of the caller's organisation as `v1/users` answers it (never a password hash). */
export const positMemberSchema = z
  .object({ ...userFields, created_time: time, updated_time: time, active_time: time.nullable() })
  .meta({ id: "OrganisationUser" });
export type PositMember = z.infer<typeof positMemberSchema>;

export const positGroupSchema = z
  .object({ guid, name: z.string(), owner_guid: guid.nullable() })
  .meta({ id: "Group" });
export type PositGroup = z.infer<typeof positGroupSchema>;

/** Posit's paged list body: `page_number` from 1, `total` over every page. */
export const positPageOf = <T extends z.ZodType>(item: T) =>
  z.object({ results: z.array(item), current_page: z.number().int().min(1), total: z.number().int().min(0) });

export const positServerSettingsSchema = z
  .object({
    version: z.string().meta({ description: "The Posit Connect version this server answers as." }),
    console_version: z.string(),
    product: z.string(),
    oauth_integrations_enabled: z.boolean(),
  })
  .meta({ id: "ServerSettings" });
export type PositServerSettings = z.infer<typeof positServerSettingsSchema>;

export const positContentSchema = z
  .object({
    guid,
    name: z.string(),
    title: z.string().nullable(),
    description: z.string(),
    owner_guid: guid.nullable().meta({ description: "The user who created the workload; null once that account is deleted." }),
    created_time: time,
    last_deployed_time: time.nullable().meta({ description: "Always null: a workload is registered here, its code is deployed elsewhere." }),
    bundle_id: z.string().nullable().meta({ description: "Always null: a workload has no bundle here." }),
    app_mode: z.string().meta({ description: "`unknown`, Connect's value for content without a bundle." }),
    content_url: z.string().nullable().meta({ description: "Always null: the console does not serve the workload itself." }),
    dashboard_url: z.string().meta({ description: "The workload's page in the console." }),
  })
  .meta({ id: "Content", description: "Posit's content item: here a workload, something deployed elsewhere that gets tokens through the credential exchange." });
export type PositContent = z.infer<typeof positContentSchema>;

export const positVerifyResultSchema = z
  .object({ status: z.literal("success"), message: z.string() })
  .meta({ id: "VerifyResult", description: "The token endpoint issued a token; it was discarded, never returned." });
export const positUserSessionTokenSchema = z
  .object({
    token: z.string().meta({ description: "A signed user session token, for `Posit-Connect-User-Session-Token`." }),
    expires_in: z.number().int().min(1).max(3600).meta({ description: "Seconds until it expires (at most an hour)." }),
  })
  .meta({ id: "UserSessionToken" });
export type PositUserSessionToken = z.infer<typeof positUserSessionTokenSchema>;

export type PositVerifyResult = z.infer<typeof positVerifyResultSchema>;
