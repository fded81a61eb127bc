import { z } from "zod";
import { secretExpirySchema } from "./expiry";
import { bodyMustBeObject, type AppDto, type AuthConfigDto, type SecretStatusDto } from "./apps";
import { AUTH_CONFIG_TYPES } from "./auth-config-types";
import type { BoardRefDto } from "./boards";
import { listPageFields } from "./list-query";

// Connections (ConnectionCreate, UpdateConnection, ConnectionData*, InitialiseConnection): the
// credentials an organisation holds for an app. The JSON Schema that `connection-init` returns in
// `action.form.schema` is generated from connectionDataSchemas.

// ---- Connection data (ConnectionData*), one shape per auth type a connection is created with.
const secretValue = (field: string) => z.string({ error: `${field} is required` }).max(8000, `${field} is too long`);
export const connectionDataSchemas = {
  apikey: z.strictObject({ apiKey: secretValue("apiKey").meta({ title: "API key", writeOnly: true }) }),
  httpBasicAuth: z.strictObject({
    user: z.string({ error: "user is required" }).trim().min(1, "user is required").max(200).meta({ title: "User" }),
    password: secretValue("password").meta({ title: "Password", writeOnly: true }),
  }),
  httprefresh: z.strictObject({ secret: secretValue("secret").meta({ title: "Secret", writeOnly: true }) }),
  oauth2: z.strictObject({
    clientId: z.string({ error: "clientId is required" }).trim().min(1, "clientId is required").max(500).meta({ title: "Client ID" }),
    clientSecret: secretValue("clientSecret").meta({ title: "Client secret", writeOnly: true }),
    username: z.string().trim().max(200).optional().meta({ title: "Username" }),
    password: z.string().max(8000).optional().meta({ title: "Password", writeOnly: true }),
    additionalParameters: z.string().trim().max(2000).optional().meta({ title: "Additional parameters", description: "URL-encoded, e.g. audience=https://example.com" }),
    issueToken: z.boolean().optional().meta({ title: "Issue a token now" }),
    authStyle: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional().meta({ title: "Client authentication", description: "0 auto-detect, 1 request body, 2 Authorization header" }),
  }),
  jwtbearer: z.strictObject({
    secret: secretValue("secret").meta({ title: "Signing secret", writeOnly: true }),
    payload: z.record(z.string(), z.unknown(), { error: "payload must be an object" }).meta({ title: "Payload" }),
    algorithm: z.enum(["HS256", "HS384", "HS512", "RS256", "RS384", "RS512"], { error: "algorithm must be one of HS256, HS384, HS512, RS256, RS384, RS512" }).meta({ title: "Algorithm" }),
    prefix: z.string().trim().max(50).optional().meta({ title: "Prefix" }),
    expiresIn: z.string().trim().max(50).optional().meta({ title: "Expires in" }),
  }),
  customFunction: z.strictObject({ data: secretValue("data").meta({ title: "Data", writeOnly: true }) }),
} as const;
export type FormAuthType = keyof typeof connectionDataSchemas;
export const isFormAuthType = (value: string): value is FormAuthType => Object.hasOwn(connectionDataSchemas, value);

/** Write-only parts of a connection's data: stored encrypted, never returned. */
export const CONNECTION_SECRET_FIELDS: Record<FormAuthType, readonly string[]> = {
  apikey: ["apiKey"],
  httpBasicAuth: ["password"],
  httprefresh: ["secret"],
  oauth2: ["clientSecret", "password"],
  jwtbearer: ["secret"],
  customFunction: ["data"],
};

/** Auth types whose connection is made in the browser (authorization code), through connection-init. */
export const REDIRECT_AUTH_TYPES = ["oidc", "oauth2"] as const;

/** The JSON Schema a client renders as the form for this auth type's connection data. */
export function connectionFormJsonSchema(authType: FormAuthType): Record<string, unknown> {
  const schema = z.toJSONSchema(connectionDataSchemas[authType], { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
  delete schema.$schema;
  return schema;
}

export const connectionNameSchema = z.string({ error: "name is required" }).trim().min(1, "name is required").max(200, "name must be at most 200 characters");

export const createConnectionSchema = z.object(
  {
    name: connectionNameSchema,
    appId: z.string({ error: "appId is required" }).trim().min(1, "appId is required").max(200),
    authType: z.string({ error: "authType is required" }).trim().min(1, "authType is required").max(50),
    data: z.record(z.string(), z.unknown(), { error: "data must be an object" }),
    /** Extension: when the stored API key (or password, secret) stops working. */
    secretExpiresAt: secretExpirySchema.optional(),
  },
  bodyMustBeObject,
);
export type CreateConnectionInput = z.input<typeof createConnectionSchema>;

export const updateConnectionSchema = z.object(
  {
    name: connectionNameSchema,
    data: z.record(z.string(), z.unknown(), { error: "data must be an object" }),
    /** Extension: when the stored API key stops working; null forgets it. A new secret without it forgets the old date. */
    secretExpiresAt: secretExpirySchema.optional(),
  },
  bodyMustBeObject,
);
export type UpdateConnectionInput = z.input<typeof updateConnectionSchema>;

export const initConnectionSchema = z.object(
  {
    appId: z.string({ error: "appId is required" }).trim().min(1, "appId is required").max(200),
    authType: z.string({ error: "authType is required" }).trim().min(1, "authType is required").max(50),
    // Where the browser returns after the provider (a path of this console); extension.
    returnTo: z.string().regex(/^\/(?![/\\])[^\s]*$/, "returnTo must be a path of this console").max(500).optional(),
    name: connectionNameSchema.optional(),
  },
  bodyMustBeObject,
);

export type TokenStatusDto = { state: "active" | "needs_reauthorization"; accessToken: boolean; refreshToken: boolean; expiresAt: string | null; lastRefreshAt: string | null; refreshError: string | null };
export type ConnectionDto = {
  id: string;
  orgId: string;
  name: string;
  appId: string;
  app: AppDto | null;
  authType: string;
  authConfig: AuthConfigDto | null;
  credentialId: string;
  data: Record<string, unknown>;
  secrets: Record<string, SecretStatusDto>;
  /** The earliest expiry of its stored data secrets (API key, password…); null when unknown. */
  secretExpiresAt: string | null;
  token: TokenStatusDto | null;
  usedByBoards: BoardRefDto[];
  createdAt: string;
  updatedAt: string;
  version: number;
};

// ---- The console's list (the shared data table's URL state).
export const CONNECTION_LIST_SORTS = ["name", "-name", "created", "-created", "updated", "-updated", "authType", "-authType"] as const;
export const connectionListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  appId: z.string().trim().max(100).catch(""),
  authType: z.enum(["", ...AUTH_CONFIG_TYPES]).catch(""),
  /** Only connections whose API key (or other secret) expires before this date (YYYY-MM-DD). */
  expiresBefore: z.iso.date().optional().catch(undefined),
  ...listPageFields(CONNECTION_LIST_SORTS, "-created"),
});
export type ConnectionListQuery = z.infer<typeof connectionListQuerySchema>;
