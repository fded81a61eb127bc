// App auth config types and their labels, without zod (client components import them: see
// list-constants.ts).
export const AUTH_CONFIG_TYPES = ["oidc", "oauth2", "apikey", "httpBasicAuth", "jwtbearer", "httprefresh", "customFunction"] as const;
export type AuthConfigType = (typeof AUTH_CONFIG_TYPES)[number];
export const isAuthConfigType = (value: unknown): value is AuthConfigType => AUTH_CONFIG_TYPES.includes(value as AuthConfigType);

export const AUTH_TYPE_LABELS: Record<AuthConfigType, string> = {
  oidc: "OpenID Connect",
  oauth2: "OAuth 2.0",
  apikey: "API key",
  httpBasicAuth: "HTTP Basic auth",
  jwtbearer: "JWT bearer",
  httprefresh: "HTTP refresh",
  customFunction: "Custom function",
};
