// What the OAuth app and OAuth profile tests share: the client the loopback provider knows, an
// HDP-shaped app body pointing at that provider, and canary secrets to search for afterwards.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/server/db/client";
import type { TestOAuthServer } from "./oauth-server";

export const HDP_REDIRECT = "http://127.0.0.1:9/oauth/callback";
export const HDP_CLIENT = { client_id: "hdp-app", client_secret: "hdp-client-secret-canary-41ab", redirect_uris: [HDP_REDIRECT] };

/** A unique value that must never appear in a DTO, a log line or an audit row. */
export const canary = (label: string) => `canary-${label}-${randomUUID()}`;

/** HDP's POST oauthapps body for an app whose endpoints are the provider's. */
export const oauthAppBody = (provider: TestOAuthServer, name = `App_${randomUUID().slice(0, 8)}`, clientSecret = canary("client-secret")) => ({
  name,
  dataStore: 54,
  description: "Google Analytics",
  clientId: HDP_CLIENT.client_id,
  clientSecret,
  authorizeURI: provider.authorizeUrl,
  tokenURI: provider.tokenUrl,
  scope: "openid",
});

export const collect = async <T>(batches: AsyncGenerator<T[]>) => {
  const all: T[] = [];
  for await (const batch of batches) all.push(...batch);
  return all;
};

/** Every audit row of the organisation as one string, to search for a canary. */
export const auditText = async (organizationId: string) =>
  JSON.stringify((await db.auditEvent.findMany({ where: { organizationId } })).map((e) => ({ ...e, id: String(e.id) })));
