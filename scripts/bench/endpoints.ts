// What the bench calls over HTTP, built from the seeded context. Add yours here:
// - LISTS: every list endpoint of every dialect, read once in full at 100,000 rows (200 expected;
//   time and size printed; `memory` also samples the server's peak resident memory).
// - HOT: single-resource reads under autocannon (32 connections), each next to the no-DB route
//   (scripts/bench/hot-path.ts).
// `auth` is the header form the dialect uses, each with the bench admin's API key.
export type BenchContext = {
  guid: string;
  slug: string;
  connectionId: string;
  appId: string;
  profileId: number;
  oauthAppId: number;
  userGuid: string;
  contentGuid: string;
  organizationSlug: string;
  email: string;
};
export type Auth = "key" | "bearer" | "raw" | "basic";
export type ListEndpoint = { name: string; path: (ctx: BenchContext) => string; auth: Auth; memory?: boolean };
export type HotEndpoint = { name: string; path: (ctx: BenchContext) => string; auth: Auth };

export const LISTS: ListEndpoint[] = [
  { name: "Posit GET v1/oauth/integrations (unpaged, streamed)", path: () => "/__api__/v1/oauth/integrations", auth: "key", memory: true },
  { name: "Fruxon GET tenants/{t}/integrations", path: (c) => `/v1/tenants/${c.organizationSlug}/integrations`, auth: "bearer" },
  { name: "HDP GET oauthapps (unpaged, streamed)", path: () => "/api/mgmt/oauthapps", auth: "basic", memory: true },
  { name: "HDP GET oauthprofiles (unpaged, streamed)", path: () => "/api/mgmt/oauthprofiles", auth: "basic", memory: true },
  { name: "Versori GET organisations/{o}/apps", path: (c) => `/api/switchboard/v1alpha1/organisations/${c.organizationSlug}/apps`, auth: "raw" },
  { name: "Versori GET organisations/{o}/connections", path: (c) => `/api/switchboard/v1alpha1/organisations/${c.organizationSlug}/connections`, auth: "raw" },
  { name: "Versori GET organisations/{o}/boards", path: (c) => `/api/switchboard/v1alpha1/organisations/${c.organizationSlug}/boards`, auth: "raw" },
  { name: "Versori GET organisations/{o}/connected-apps", path: (c) => `/api/switchboard/v1alpha1/organisations/${c.organizationSlug}/connected-apps`, auth: "raw" },
];

export const HOT: HotEndpoint[] = [
  { name: "Posit GET v1/oauth/integrations/{guid}", path: (c) => `/__api__/v1/oauth/integrations/${c.guid}`, auth: "key" },
  { name: "Posit GET v1/user", path: () => "/__api__/v1/user", auth: "key" },
  { name: "Posit GET v1/users/{guid}", path: (c) => `/__api__/v1/users/${c.userGuid}`, auth: "key" },
  { name: "Posit GET v1/content/{guid}", path: (c) => `/__api__/v1/content/${c.contentGuid}`, auth: "key" },
  { name: "Fruxon GET integration by id", path: (c) => `/v1/tenants/${c.organizationSlug}/integrations/${c.slug}`, auth: "bearer" },
  { name: "HDP GET oauthprofiles/{id}", path: (c) => `/api/mgmt/oauthprofiles/${c.profileId}`, auth: "basic" },
  { name: "HDP GET oauthapps/{id}", path: (c) => `/api/mgmt/oauthapps/${c.oauthAppId}`, auth: "basic" },
  { name: "Versori GET connections/{id}", path: (c) => `/api/switchboard/v1alpha1/organisations/${c.organizationSlug}/connections/${c.connectionId}`, auth: "raw" },
  { name: "Versori GET apps/{id}", path: (c) => `/api/switchboard/v1alpha1/organisations/${c.organizationSlug}/apps/${c.appId}`, auth: "raw" },
];

export function authorization(auth: Auth, key: string, email: string): string {
  if (auth === "key") return `Key ${key}`;
  if (auth === "bearer") return `Bearer ${key}`;
  if (auth === "basic") return `Basic ${Buffer.from(`${email}:${key}`).toString("base64")}`;
  return key;
}
