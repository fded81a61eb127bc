// Two consoles on one database (as behind a load balancer), one Service Account integration whose
// cached token has expired: 100 concurrent exchanges, half on each console, make exactly one call
// to the provider (the cache row's lease is shared through PostgreSQL) and all get its new token.
// Then a clean shutdown (SIGTERM) of the second console still writes the exchange counts it held
// in memory (2 s buffer): every exchange made on either console is counted.
import { expect, test } from "@playwright/test";
import { startOAuthServer } from "../test/support/oauth-server";
import { withDatabase } from "./support/database";
import { unique } from "./support/helpers";
import { roleKeys } from "./support/roles";
import { startSecondInstance } from "./support/second-instance";
import { createContentSessionToken, exchangeForm } from "./support/workloads";

const CLIENT = { client_id: "two-instances-exchange", client_secret: unique("canary-two-instances") };
const EXCHANGE = "/__api__/v1/oauth/integrations/credentials";

test("an expired Service Account token is fetched once for concurrent exchanges on two consoles, and a clean shutdown keeps the counts", async ({ request, baseURL }) => {
  test.setTimeout(300_000);
  const provider = await startOAuthServer({ clients: [CLIENT] });
  const second = await startSecondInstance(101);
  let stopped = false;
  try {
    const keys = roleKeys();
    const as = (key: string) => ({ Authorization: `Key ${key}` });
    const created = await request.post("/__api__/v1/oauth/integrations", {
      headers: as(keys.admin),
      data: { name: unique("two consoles"), template: "custom", config: { auth_type: "Service Account", token_uri: provider.tokenUrl, client_id: CLIENT.client_id, client_secret: CLIENT.client_secret } },
    });
    expect(created.status(), await created.text()).toBe(200);
    const { guid: integrationGuid } = (await created.json()) as { guid: string };
    const content = await request.post("/__api__/v1/content", { headers: as(keys.publisher), data: { name: unique("two-consoles").toLowerCase() } });
    const { guid: contentGuid } = (await content.json()) as { guid: string };
    const associated = await request.put(`/__api__/v1/content/${contentGuid}/oauth/integrations/associations`, { headers: as(keys.publisher), data: [{ oauth_integration_guid: integrationGuid }] });
    expect(associated.status()).toBe(204);
    const token = await createContentSessionToken(contentGuid);

    const exchangeOn = async (instance: string) => {
      const response = await fetch(`${instance}${EXCHANGE}`, {
        method: "POST",
        headers: { ...as(keys.publisher), "content-type": "application/x-www-form-urlencoded" },
        body: exchangeForm(token, "content"),
      });
      expect(response.status, await response.clone().text()).toBe(200);
      return ((await response.json()) as { access_token: string }).access_token;
    };
    const first = await exchangeOn(baseURL!);

    // Time passes: the cached token is past its refresh time (and its expiry) on both consoles.
    await withDatabase((c) =>
      c.query(`UPDATE service_token_cache SET expires_at = now() - interval '1 second', refresh_at = now() - interval '1 second' WHERE integration_id = (SELECT id FROM integrations WHERE guid = $1)`, [
        integrationGuid,
      ]),
    );
    const before = provider.tokenRequests();
    const tokens = await Promise.all(Array.from({ length: 100 }, (_, i) => exchangeOn(i % 2 === 0 ? baseURL! : second.url)));
    expect(provider.tokenRequests() - before).toBe(1);
    expect(new Set(tokens).size).toBe(1);
    expect(tokens[0]).not.toBe(first);
    expect(provider.issuedAccessTokens).toContain(tokens[0]);

    // Let both consoles' count buffers drain, then one more exchange on the second console and, at
    // once, a clean shutdown: its count is only in memory and must be written on the way out.
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await exchangeOn(second.url);
    await second.stop();
    stopped = true;
    const counted = () =>
      withDatabase(async (c) => {
        const { rows } = await c.query(`SELECT COALESCE(SUM(served + obtained), 0)::int AS n FROM exchange_counts WHERE content_id = $1`, [contentGuid]);
        return rows[0].n as number;
      });
    await expect.poll(counted, { timeout: 10_000 }).toBe(1 + 100 + 1);
  } finally {
    if (!stopped) await second.stop();
    await provider.stop();
  }
});
