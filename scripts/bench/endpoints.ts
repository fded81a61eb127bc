// What the bench calls over HTTP, built from the seeded context. Add yours here:
// - LISTS: every list endpoint of every dialect, read once in full at 100,000 rows (200 expected;
//   time and size printed; `memory` also samples the server's peak resident memory).
// - HOT: single-resource reads under autocannon (32 connections), with a p99 target in ms.
// `auth` is the header form the dialect uses, each with the bench admin's API key.
export type BenchContext = { guid: string; slug: string; connectionId: string; profileId: number; organizationSlug: string; email: string };
export type Auth = "key" | "bearer" | "raw" | "basic";
export type ListEndpoint = { name: string; path: (ctx: BenchContext) => string; auth: Auth; memory?: boolean };
export type HotEndpoint = { name: string; path: (ctx: BenchContext) => string; auth: Auth; p99Ms: number };

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
  { name: "Posit GET v1/user", path: () => "/__api__/v1/user", auth: "key", p99Ms: 40 },
  { name: "Fruxon GET integration by id", path: (c) => `/v1/tenants/${c.organizationSlug}/integrations/${c.slug}`, auth: "bearer", p99Ms: 40 },
  { name: "HDP GET oauthprofile by id", path: (c) => `/api/mgmt/oauthprofiles/${c.profileId}`, auth: "basic", p99Ms: 40 },
  { name: "Versori GET connection by id", path: (c) => `/api/switchboard/v1alpha1/organisations/${c.organizationSlug}/connections/${c.connectionId}`, auth: "raw", p99Ms: 40 },
];

export function authorization(auth: Auth, key: string, email: string): string {
  if (auth === "key") return `Key ${key}`;
  if (auth === "bearer") return `Bearer ${key}`;
  if (auth === "basic") return `Basic ${Buffer.from(`${email}:${key}`).toString("base64")}`;
  return key;
}
