import "server-only";
// The public app catalogue, shipped as data. Catalogue apps carry no client secrets (an
// organisation registers its own OAuth client by creating its own app), so their OAuth configs
// report `isValid: false` until then; their API-key and basic-auth configs are usable as they are.
import type { AuthConfigType } from "@/lib/schemas/apps";

export type CatalogueApp = {
  id: string;
  name: string;
  server: { name: string; url: string };
  imageUrl?: string;
  authConfigs: { type: AuthConfigType; data: Record<string, unknown> }[];
};

export const PUBLIC_ORG_ID = "public";
export const CATALOGUE_TIME = new Date("2026-01-01T00:00:00.000Z");

export const CATALOGUE: readonly CatalogueApp[] = [
  {
    id: "github",
    name: "GitHub",
    server: { name: "GitHub REST API", url: "https://api.github.com" },
    authConfigs: [
      { type: "apikey", data: { name: "Authorization", in: "header" } },
      {
        type: "oauth2",
        data: {
          flowType: "authorization_code",
          authorizationEndpoint: "https://github.com/login/oauth/authorize",
          tokenEndpoint: "https://github.com/login/oauth/access_token",
          scopes: { repo: "Full control of private repositories", "read:user": "Read user profile data" },
        },
      },
    ],
  },
  {
    id: "salesforce",
    name: "Salesforce",
    server: { name: "Salesforce REST API", url: "https://login.salesforce.com/services/data" },
    authConfigs: [
      { type: "oauth2", data: { flowType: "client_credentials", tokenEndpoint: "https://login.salesforce.com/services/oauth2/token" } },
    ],
  },
  {
    id: "google",
    name: "Google",
    server: { name: "Google APIs", url: "https://www.googleapis.com" },
    authConfigs: [
      { type: "oidc", data: { discoveryUrl: "https://accounts.google.com/.well-known/openid-configuration", scopes: { openid: "OpenID", email: "Email address" } } },
      { type: "jwtbearer", data: { algorithm: "RS256", prefix: "Bearer", expiresIn: "1h" } },
    ],
  },
  {
    id: "stripe",
    name: "Stripe",
    server: { name: "Stripe API", url: "https://api.stripe.com" },
    authConfigs: [
      { type: "httpBasicAuth", data: {} },
      { type: "apikey", data: { name: "Authorization", in: "header" } },
    ],
  },
  {
    id: "generic-rest",
    name: "Generic REST API",
    server: { name: "REST API", url: "https://api.example.com" },
    authConfigs: [
      { type: "apikey", data: { name: "X-API-Key", in: "header" } },
      { type: "httpBasicAuth", data: {} },
      { type: "jwtbearer", data: { algorithm: "HS256", prefix: "Bearer", expiresIn: "1h" } },
      { type: "customFunction", data: { function_url: "https://functions.example.com/authenticate" } },
    ],
  },
];

export const catalogueApp = (id: string) => CATALOGUE.find((app) => app.id === id) ?? null;
