// Versori Switchboard's response objects as this console returns them, named as the vendor's
// document names them (test/vendor/versori-switchboard-api-v1alpha1.yaml): the serializers
// (./serializers.ts) are typed against these, and the OpenAPI document (./openapi.ts) is built from
// them. Where they differ from the vendor's schemas, lib/dialects/versori/openapi.test.ts lists
// the difference and why.
import { z } from "zod";
import { APP_CONFIG_SECRET_FIELDS, appAuthConfigDataSchemas, AUTH_CONFIG_TYPES, type AuthConfigType } from "@/lib/schemas/apps";
import { BOARD_STATUSES } from "@/lib/schemas/boards";

const instant = z.string().meta({ format: "date-time" });

const DATA_IDS: Record<AuthConfigType, string> = {
  oidc: "AppAuthConfigOIDC",
  oauth2: "AppAuthConfigOAuth2",
  apikey: "AppAuthConfigApiKey",
  httpBasicAuth: "AppAuthConfigHTTPBasicAuth",
  jwtbearer: "AppAuthConfigJWTBearer",
  httprefresh: "AppAuthConfigHTTPRefresh",
  customFunction: "AppAuthConfigCustomFunction",
};

/** An auth config's data as stored: the create schema's fields less the write-only (secret) ones. */
const authConfigData = (type: AuthConfigType) => {
  const secret = Object.fromEntries(APP_CONFIG_SECRET_FIELDS[type].map((field) => [field, true])) as Record<string, true>;
  return (appAuthConfigDataSchemas[type] as z.ZodObject).omit(secret).meta({ id: DATA_IDS[type] });
};

// One variant per type, so `data` is exactly that type's shape (a secret field fails it).
const authConfigVariant = (type: AuthConfigType) =>
  z.object({
    type: z.literal(type),
    isValid: z.boolean().meta({ description: "The config holds everything an organisation needs to connect with it." }),
    data: authConfigData(type),
  });
export const versoriAuthConfigSchema = z
  .discriminatedUnion("type", AUTH_CONFIG_TYPES.map(authConfigVariant) as unknown as [ReturnType<typeof authConfigVariant>, ...ReturnType<typeof authConfigVariant>[]])
  .meta({ id: "AppAuthConfig", description: "How an organisation authenticates with an app. Write-only parts (client secrets, passwords, signing secrets) are never returned." });
export type VersoriAuthConfig = { type: AuthConfigType; isValid: boolean; data: Record<string, unknown> };

export const versoriAppSchema = z
  .object({
    id: z.string(),
    orgId: z.string().meta({ description: "The organisation's id; `public` for the catalogue." }),
    name: z.string(),
    public: z.boolean(),
    server: z.object({ name: z.string(), url: z.string() }).meta({ id: "Server" }),
    schemaMetadata: z.object({ type: z.string(), version: z.string(), url: z.string() }).meta({ id: "SchemaMetadata" }),
    supportedAuthConfigs: z.array(versoriAuthConfigSchema),
    imageUrl: z.string().optional(),
    schema: z
      .object({ id: z.string(), type: z.string(), version: z.string(), sourceUrl: z.string(), createdAt: instant, updatedAt: instant })
      .meta({ id: "Schema", description: "Schemas are not served here: this names the app's schema id with an empty source URL." }),
    schemaId: z.string().optional(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: "App" });
export type VersoriApp = z.infer<typeof versoriAppSchema>;

export const versoriConnectionSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    app: versoriAppSchema.nullable().meta({ description: "null only if the app left the public catalogue after the connection was made." }),
    authType: z.string(),
    authConfig: versoriAuthConfigSchema.optional(),
    credentialId: z.string(),
    secretExpiresAt: z.string().nullable().meta({ format: "date-time", description: "Extension: when the stored API key (or password, secret) stops working; null when unknown." }),
    usedByBoards: z.array(z.object({ id: z.string(), name: z.string() }).meta({ id: "ConnectionBoardReference" })),
  })
  .meta({ id: "Connection", description: "Never carries the connection's credentials (API key, password, tokens)." });
export type VersoriConnection = z.infer<typeof versoriConnectionSchema>;

export const versoriBoardSchema = z
  .object({
    id: z.string(),
    orgId: z.string(),
    name: z.string(),
    status: z.enum(BOARD_STATUSES).meta({ id: "BoardStatus" }),
    createdAt: instant,
    updatedAt: instant,
    connectionIds: z.array(z.string()).meta({ description: "Extension: the connections this board uses (what makes a connection's `usedByBoards` real)." }),
  })
  .meta({ id: "Board" });
export type VersoriBoard = z.infer<typeof versoriBoardSchema>;

const page = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      totalCount: z.number().int(),
      next: z.string().optional().meta({ description: "Pass as `after` for the next page." }),
      prev: z.string().optional().meta({ description: "Pass as `before` for the previous page." }),
      items: z.array(item),
    })
    .meta({ id });

export const versoriAppsPageSchema = page(versoriAppSchema, "AppsPage");
export const versoriConnectionsPageSchema = page(versoriConnectionSchema, "ConnectionsPage");
export const versoriBoardsPageSchema = page(versoriBoardSchema, "BoardsPage");
export const versoriConnectedAppsPageSchema = page(
  z
    .object({ app: versoriAppSchema, connections: z.array(z.object({ id: z.string(), name: z.string() }).meta({ id: "ConnectionOverview" })) })
    .meta({ id: "ConnectedApp" }),
  "ConnectedAppsPage",
);

export const versoriInitConnectionSchema = z
  .object({
    action: z
      .union([
        z.object({ redirect: z.object({ url: z.string().meta({ description: "Send the user's browser here (the provider's consent page)." }) }).meta({ id: "InitConnectionActionRedirect" }) }),
        z.object({
          form: z
            .object({ schema: z.record(z.string(), z.unknown()).meta({ description: "A JSON Schema of the connection's `data` to render as a form." }) })
            .meta({ id: "InitConnectionActionForm" }),
        }),
      ])
      .meta({ id: "InitConnectionAction" }),
  })
  .meta({ id: "InitConnectionResponseBody" });

export const versoriDeletedSchema = z.object({ id: z.string() }).meta({ id: "DeletedResource" });
export const versoriPublishResultSchema = z.object({ ok: z.boolean(), taskId: z.string() }).meta({ id: "BoardPublishResult" });
export const versoriUnpublishResultSchema = z.object({ ok: z.boolean() }).meta({ id: "BoardUnpublishResult" });

export const versoriErrorSchema = z
  .object({
    code: z.string().meta({ description: "bad_request, validation_failed, unauthenticated, forbidden, not_found, conflict, precondition_failed, payload_too_large, too_many_requests, internal, upstream_failed" }),
    message: z.string(),
    extensions: z
      .object({ requestId: z.string(), fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Per field, on validation failures." }) })
      .meta({ description: "The request id (also in X-Request-Id), and per-field messages." }),
  })
  .meta({ id: "Error" });
