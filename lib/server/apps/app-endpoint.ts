import "server-only";
// Where an app's auth config sends its stored secrets: the OIDC discovery URL (which names the
// token endpoint) or the token endpoint (oauth2, httprefresh). A connection's secrets and tokens,
// and the app's own client secret, are stored for this endpoint and only ever sent there.
import type { AuthConfigType } from "@/lib/schemas/auth-config-types";

type Config = { type: AuthConfigType | string; data: Record<string, unknown> };

const text = (value: unknown) => (typeof value === "string" ? value.trim() : "");

/** The endpoint the config's secrets are stored for; null when it sends them nowhere. */
export function authConfigEndpoint(config: Config | undefined): string | null {
  if (!config) return null;
  return (config.type === "oidc" && text(config.data.discoveryUrl)) || text(config.data.tokenEndpoint) || null;
}

const ENDPOINT_FIELDS = ["discoveryUrl", "authorizationEndpoint", "tokenEndpoint"] as const;

/** The endpoint fields of one auth type that differ between two versions of an app's configs. */
export function changedAuthConfigEndpoints(before: readonly Config[], after: readonly Config[], type: string): string[] {
  const a = before.find((c) => c.type === type)?.data ?? {};
  const b = after.find((c) => c.type === type)?.data ?? {};
  return ENDPOINT_FIELDS.filter((field) => text(a[field]) !== text(b[field]));
}
