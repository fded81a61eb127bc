import { z } from "zod";
import { listPageFields } from "./list-query";
import { AUTH_CONFIG_TYPES, type AuthConfigType } from "./auth-config-types";

// Apps (specs/versori-switchboard-api-v1alpha1.yaml's AppCreate, UpdateApp, AppAuthConfig*) and
// their supported auth configs. The console's forms use the same schemas as the API, and the
// JSON Schema of an auth config's data is generated from them.

export { AUTH_CONFIG_TYPES, AUTH_TYPE_LABELS, isAuthConfigType, type AuthConfigType } from "./auth-config-types";

const text = (max = 2000) => z.string().trim().max(max);
const scopes = z.record(z.string(), z.string(), { error: "scopes must be an object of scope → description" });
// Switchboard's error for a body that is not an object.
export const bodyMustBeObject = { error: (issue: { code?: string }) => (issue.code === "invalid_type" ? "The request body must be a JSON object" : undefined) };

// ---- App auth configs (AppAuthConfig*). Every field is optional on input: `isValid` reports
// whether a config is complete, as the spec allows an app to carry incomplete configs.
export const appAuthConfigDataSchemas = {
  oidc: z.strictObject({ discoveryUrl: text().optional(), clientId: text().optional(), clientSecret: z.string().max(4000).optional(), scopes: scopes.optional() }),
  oauth2: z.strictObject({
    flowType: z.enum(["authorization_code", "client_credentials", "resource_owner_password"]).optional(),
    authorizationEndpoint: text().optional(),
    tokenEndpoint: text().optional(),
    username: text().optional(),
    password: z.string().max(4000).optional(),
    clientId: text().optional(),
    clientSecret: z.string().max(4000).optional(),
    scopes: scopes.optional(),
  }),
  apikey: z.strictObject({ name: text(200).optional(), in: z.enum(["query", "header", "cookie"]).optional() }),
  httpBasicAuth: z.strictObject({ user: text(200).optional(), password: z.string().max(4000).optional() }),
  jwtbearer: z.strictObject({
    payload: z.record(z.string(), z.unknown()).optional(),
    secret: z.string().max(8000).optional(),
    algorithm: text(20).optional(),
    prefix: text(50).optional(),
    expiresIn: text(50).optional(),
  }),
  httprefresh: z.strictObject({
    tokenEndpoint: text().optional(),
    method: z.enum(["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]).optional(),
    tokenTTL: z.number().int().min(0).optional(),
    secretIn: z.enum(["header", "body"]).optional(),
    headerDestination: text(200).optional(),
    headers: z.record(z.string(), z.array(z.string())).optional(),
    selector: text(200).optional(),
    name: text(200).optional(),
    in: z.enum(["query", "header", "cookie"]).optional(),
    prefix: text(50).optional(),
  }),
  customFunction: z.strictObject({ function_url: text().optional() }),
} as const satisfies Record<AuthConfigType, z.ZodType>;

/** Write-only parts of an app's auth config: stored encrypted, never returned. */
export const APP_CONFIG_SECRET_FIELDS: Record<AuthConfigType, readonly string[]> = {
  oidc: ["clientSecret"],
  oauth2: ["clientSecret", "password"],
  apikey: [],
  httpBasicAuth: ["password"],
  jwtbearer: ["secret"],
  httprefresh: [],
  customFunction: [],
};

const present = (data: Record<string, unknown>, secretsSet: ReadonlySet<string>, field: string) =>
  secretsSet.has(field) || (typeof data[field] === "string" ? (data[field] as string).trim() !== "" : data[field] !== undefined && data[field] !== null);

/**
 * The spec's `isValid`: true only when the config holds everything an organisation needs to
 * connect with it. Credentials the connection itself supplies (an API key, a user's password,
 * client-credentials secrets) are not required here.
 */
export function isAuthConfigValid(type: AuthConfigType, data: Record<string, unknown>, secretsSet: ReadonlySet<string> = new Set()): boolean {
  const has = (...fields: string[]) => fields.every((f) => present(data, secretsSet, f));
  switch (type) {
    case "oidc":
      return has("discoveryUrl", "clientId", "clientSecret");
    case "oauth2":
      if (data.flowType === "authorization_code") return has("authorizationEndpoint", "tokenEndpoint", "clientId", "clientSecret");
      if (data.flowType === "client_credentials") return has("tokenEndpoint");
      if (data.flowType === "resource_owner_password") return has("tokenEndpoint", "clientId");
      return false;
    case "apikey":
      return has("name", "in");
    case "httpBasicAuth":
      return true;
    case "jwtbearer":
      return has("algorithm");
    case "httprefresh":
      return has("tokenEndpoint", "method", "tokenTTL", "secretIn", "selector", "name", "in", "prefix");
    case "customFunction":
      return has("function_url");
  }
}

const authConfigCreateSchema = z
  .object({ type: z.enum(AUTH_CONFIG_TYPES, { error: `type must be one of ${AUTH_CONFIG_TYPES.join(", ")}` }), data: z.unknown().optional() })
  .transform((value, ctx) => {
    const parsed = appAuthConfigDataSchemas[value.type].safeParse(value.data ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue({ ...issue, path: ["data", ...issue.path] } as never);
      return z.NEVER;
    }
    return { type: value.type, data: parsed.data as Record<string, unknown> };
  });

const authConfigsSchema = z.array(authConfigCreateSchema).max(7).refine((configs) => new Set(configs.map((c) => c.type)).size === configs.length, "Each auth type may appear once");

const serverSchema = z.strictObject({
  name: text(200).optional(),
  url: z.string().trim().min(1, "server.url is required").max(2000).url("server.url must be a URL"),
});

export const appNameSchema = z.string({ error: "name is required" }).trim().min(1, "name is required").max(200, "name must be at most 200 characters");

// AppCreate. `public` and `schemaId` are accepted as the spec lists them; an organisation's app
// is never public (the public catalogue ships in code), and schemas are not served here.
export const createAppSchema = z.object(
  {
    name: appNameSchema,
    public: z.literal(false, { error: "Only the built-in catalogue holds public apps: public must be false" }).optional(),
    server: serverSchema,
    authConfigs: authConfigsSchema.optional(),
    supportedAuthConfigs: authConfigsSchema.optional(),
    imageUrl: text().optional(),
    schemaId: text(200).optional(),
  },
  bodyMustBeObject,
);
export type CreateAppInput = z.input<typeof createAppSchema>;

// UpdateApp is a full replace of the App object; read-only fields may be echoed back.
export const updateAppSchema = createAppSchema.extend({
  id: z.string().optional(),
  orgId: z.string().optional(),
  public: z.boolean().optional(),
  schemaMetadata: z.unknown().optional(),
  schema: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
  deletedAt: z.unknown().optional(),
});

// ---- DTOs (no secret value anywhere: secrets appear as set + when changed).
export type SecretStatusDto = { set: true; updatedAt: string; expiresAt?: string };
export type AuthConfigDto = { type: AuthConfigType; isValid: boolean; data: Record<string, unknown>; secrets: Record<string, SecretStatusDto> };
export type AppDto = {
  id: string;
  orgId: string;
  name: string;
  public: boolean;
  server: { name: string; url: string };
  imageUrl?: string;
  schemaId?: string;
  supportedAuthConfigs: AuthConfigDto[];
  createdAt: string;
  updatedAt: string;
  version: number;
};

/** JSON Schema of an app's auth config data for the console's form; write-only parts marked. */
export function appAuthConfigJsonSchema(type: AuthConfigType): Record<string, unknown> {
  const schema = z.toJSONSchema(appAuthConfigDataSchemas[type], { io: "input", unrepresentable: "any" }) as { properties?: Record<string, Record<string, unknown>> } & Record<string, unknown>;
  delete schema.$schema;
  for (const field of APP_CONFIG_SECRET_FIELDS[type]) if (schema.properties?.[field]) schema.properties[field].writeOnly = true;
  return schema;
}

// ---- The console's list (the shared data table's URL state).
export const APP_LIST_SORTS = ["name", "-name", "created", "-created"] as const;
export const appListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  ...listPageFields(APP_LIST_SORTS, "name"),
});
export type AppListQuery = z.infer<typeof appListQuerySchema>;
