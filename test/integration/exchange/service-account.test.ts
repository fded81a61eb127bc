// The exchange for Service Account integrations against a real oidc-provider: tokens from the
// provider, the encrypted cache, one provider call for 200 concurrent exchanges on an expired
// token, audience selection, who may exchange, refusals, provider failures and the cooldown.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { flushExchangeCounts } from "@/lib/server/exchange/exchange-counts";
import { authenticateContentSessionToken } from "@/lib/server/workloads/authenticate-content-session-token";
import { createMember, createTeam } from "../../support/fixtures";
import type { TestOAuthServer } from "../../support/oauth-server";
import {
  contentSessionToken,
  CST,
  exchange,
  refusal,
  SERVICE_CLIENT,
  serviceIntegration,
  startExchangeProvider,
  UST,
  userSessionToken,
  viewerIntegration,
  workload,
} from "./exchange-fixtures";

let server: TestOAuthServer;
beforeAll(async () => {
  server = await startExchangeProvider();
});
afterAll(() => server?.stop());

async function setup() {
  const team = await createTeam();
  const integration = await serviceIntegration(team.admin, server.tokenUrl);
  const content = await workload(team.publisher, [integration.guid]);
  const { token, id } = await contentSessionToken(content);
  return { ...team, integration, content, token, tokenId: id };
}

const dump = (value: unknown) => JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? String(v) : v));

const expire = (integrationGuid: string) =>
  db.$executeRaw`UPDATE service_token_cache SET expires_at = now() - interval '1 second', refresh_at = now() - interval '1 second' WHERE integration_id = (SELECT id FROM integrations WHERE guid = ${integrationGuid}::uuid)`;

describe("Service Account exchange", () => {
  it("returns the provider's token, then serves it from the cache without calling the provider", async () => {
    const { admin, publisher, token, integration, content } = await setup();
    const before = server.tokenRequests();
    const first = await exchange(publisher, { subject_token: token, subject_token_type: CST });
    expect(first).toMatchObject({ token_type: "Bearer", issued_token_type: "urn:ietf:params:oauth:token-type:access_token" });
    expect(server.issuedAccessTokens).toContain(first.access_token);
    expect(first.expires_in).toBeGreaterThan(500);
    expect(first.expires_in).toBeLessThanOrEqual(600);
    expect(Object.keys(first).sort()).toEqual(["access_token", "expires_in", "issued_token_type", "token_type"]);
    expect(server.tokenRequests()).toBe(before + 1);

    const again = await exchange(admin, { subject_token: token, subject_token_type: CST, audience: integration.guid });
    expect(again.access_token).toBe(first.access_token);
    expect(server.tokenRequests()).toBe(before + 1);

    // The token rests encrypted: not in the cache row, only ciphertext in the secret store.
    const secrets = await db.secret.findMany({ where: { resourceType: "service_token" } });
    expect(secrets.some((s) => Buffer.from(s.ciphertext).toString("latin1").includes(first.access_token))).toBe(false);

    await flushExchangeCounts();
    const counts = await db.exchangeCount.findMany({ where: { contentId: content.id } });
    expect(counts).toHaveLength(1);
    expect(counts[0]).toMatchObject({ served: 1, obtained: 1, refused: 0 });
    // One audit row for the token obtained, none for the cache hit; no token or secret in any row.
    const audits = await db.auditEvent.findMany({ where: { resourceId: integration.guid, action: "exchange.tokenObtained" } });
    expect(audits).toHaveLength(1);
    const all = dump(await db.auditEvent.findMany({ where: { organizationId: admin.organizationId } }));
    expect(all).not.toContain(first.access_token);
    expect(all).not.toContain(SERVICE_CLIENT.client_secret);
  });

  it("stops handing out a cached token at its refresh time, the expiry minus the template's buffer", async () => {
    const { publisher, token, integration } = await setup();
    const first = await exchange(publisher, { subject_token: token, subject_token_type: CST });
    const row = await db.serviceTokenCache.findFirstOrThrow({ where: { integration: { guid: integration.guid } } });
    // The provider's client-credentials tokens live 600 s: the custom template's buffer is min(300 s, 10 %) = 60 s.
    expect((row.expiresAt!.getTime() - row.refreshAt!.getTime()) / 1000).toBe(60);
    // Still 30 s from expiry but past its refresh time: the provider is asked, not the cache.
    await db.serviceTokenCache.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() + 30_000), refreshAt: new Date(Date.now() - 1000) } });
    const before = server.tokenRequests();
    const second = await exchange(publisher, { subject_token: token, subject_token_type: CST });
    expect(server.tokenRequests()).toBe(before + 1);
    expect(second.access_token).not.toBe(first.access_token);
  });

  it("makes exactly one provider call for 200 concurrent exchanges on an expired token", async () => {
    const { publisher, token, integration } = await setup();
    const first = await exchange(publisher, { subject_token: token, subject_token_type: CST });
    await expire(integration.guid);
    const before = server.tokenRequests();
    const results = await Promise.all(Array.from({ length: 200 }, () => exchange(publisher, { subject_token: token, subject_token_type: CST })));
    expect(server.tokenRequests() - before).toBe(1);
    const tokens = new Set(results.map((r) => r.access_token));
    expect(tokens.size).toBe(1);
    expect(tokens.has(first.access_token)).toBe(false);
  });

  it("makes one provider call when the very first exchanges of a workload arrive together (no cache row yet)", async () => {
    const { publisher, token } = await setup();
    const before = server.tokenRequests();
    const results = await Promise.all(Array.from({ length: 100 }, () => exchange(publisher, { subject_token: token, subject_token_type: CST })));
    expect(server.tokenRequests() - before).toBe(1);
    expect(new Set(results.map((r) => r.access_token)).size).toBe(1);
  });

  it("chooses by audience, refuses several fitting ones without it, and unknown or unassociated audiences", async () => {
    const { admin, publisher } = await setup();
    const a = await serviceIntegration(admin, server.tokenUrl);
    const b = await serviceIntegration(admin, server.tokenUrl);
    const unassociated = await serviceIntegration(admin, server.tokenUrl);
    const content = await workload(publisher, [a.guid, b.guid]);
    const { token } = await contentSessionToken(content);
    const several = await refusal(exchange(publisher, { subject_token: token, subject_token_type: CST }));
    expect(several.status).toBe(400);
    expect(several.message).toContain(a.guid);
    expect(several.message).toContain(b.guid);
    expect((await exchange(publisher, { subject_token: token, subject_token_type: CST, audience: b.guid })).token_type).toBe("Bearer");
    expect(await refusal(exchange(publisher, { subject_token: token, subject_token_type: CST, audience: unassociated.guid }))).toMatchObject({
      status: 400,
      message: `OAuth integration ${unassociated.guid} is not associated with this content item.`,
    });
    expect((await refusal(exchange(publisher, { subject_token: token, subject_token_type: CST, audience: crypto.randomUUID() }))).status).toBe(404);
    expect((await refusal(exchange(publisher, { subject_token: token, subject_token_type: CST, audience: [a.guid, b.guid] }))).status).toBe(400);
    expect((await refusal(exchange(publisher, { subject_token: token, subject_token_type: CST, audience: "not-a-guid" }))).status).toBe(400);
    // Another organisation's integration is as unknown as a missing one.
    const other = await createTeam();
    const theirs = await serviceIntegration(other.admin, server.tokenUrl);
    expect((await refusal(exchange(publisher, { subject_token: token, subject_token_type: CST, audience: theirs.guid }))).status).toBe(404);
  });

  it("refuses auth types that do not fit, workloads without associations, and bad requests", async () => {
    const { admin, publisher, token } = await setup();
    const viewerOnly = await viewerIntegration(admin, server);
    const content = await workload(publisher, [viewerOnly.guid]);
    const { token: viewerToken } = await contentSessionToken(content);
    expect(await refusal(exchange(publisher, { subject_token: viewerToken, subject_token_type: CST }))).toMatchObject({
      status: 400,
      message: `OAuth integration ${viewerOnly.guid} does not support Service Account auth flows.`,
    });
    const empty = await workload(publisher);
    const { token: emptyToken } = await contentSessionToken(empty);
    expect(await refusal(exchange(publisher, { subject_token: emptyToken, subject_token_type: CST }))).toMatchObject({
      status: 400,
      positCode: 212,
      message: "No OAuth integrations have been associated with this content item.",
    });
    // A content session token presented as a user session token, and the reverse.
    expect((await refusal(exchange(publisher, { subject_token: token, subject_token_type: UST }))).status).toBe(400);
    expect((await refusal(exchange(publisher, { subject_token: await userSessionToken(publisher, content), subject_token_type: CST }))).status).toBe(400);
    expect((await refusal(exchange(publisher, { subject_token: token, subject_token_type: "urn:other" }))).status).toBe(400);
    expect((await refusal(exchange(publisher, { subject_token: token, subject_token_type: CST, grant_type: "client_credentials" }))).status).toBe(400);
    expect((await refusal(exchange(publisher, { subject_token: token, subject_token_type: CST, requested_token_type: "urn:posit:connect:api-key" }))).status).toBe(400);
  });

  it("refuses a revoked token, another organisation's workload, a publisher who does not own it, and viewers", async () => {
    const { admin, publisher, viewer, token, tokenId, organization } = await setup();
    const otherPublisher = await createMember(organization, "publisher");
    expect((await refusal(exchange(otherPublisher, { subject_token: token, subject_token_type: CST }))).status).toBe(403);
    expect((await refusal(exchange(viewer, { subject_token: token, subject_token_type: CST }))).status).toBe(403);
    const other = await createTeam();
    expect((await refusal(exchange(other.admin, { subject_token: token, subject_token_type: CST }))).status).toBe(404);
    expect((await exchange(admin, { subject_token: token, subject_token_type: CST })).token_type).toBe("Bearer");
    await db.contentSessionToken.update({ where: { id: tokenId }, data: { revokedAt: new Date() } });
    expect((await refusal(exchange(publisher, { subject_token: token, subject_token_type: CST }))).status).toBe(400);
    const denied = await db.auditEvent.count({ where: { organizationId: organization.id, action: "content.exchange", outcome: "denied" } });
    expect(denied).toBeGreaterThanOrEqual(2);
  });

  it("reads a content session token by the same rules as authenticateContentSessionToken", async () => {
    const { publisher, token, tokenId, content, organization } = await setup();
    // A live token: both readers accept it, and the exchange notes its use.
    expect(await authenticateContentSessionToken(token)).toMatchObject({ contentId: content.id, organizationId: organization.id });
    await db.contentSessionToken.update({ where: { id: tokenId }, data: { lastUsedAt: new Date(Date.now() - 3_600_000) } });
    await exchange(publisher, { subject_token: token, subject_token_type: CST });
    expect((await db.contentSessionToken.findUniqueOrThrow({ where: { id: tokenId } })).lastUsedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    // A token whose row names another organisation than its workload's is unknown to both.
    const other = await createTeam();
    const { token: crossed, id: crossedId } = await contentSessionToken(content);
    await db.contentSessionToken.update({ where: { id: crossedId }, data: { organizationId: other.organization.id } });
    expect(await authenticateContentSessionToken(crossed)).toBeNull();
    expect((await refusal(exchange(publisher, { subject_token: crossed, subject_token_type: CST }))).message).toContain("not a valid content session token");
    expect((await refusal(exchange(other.admin, { subject_token: crossed, subject_token_type: CST }))).message).toContain("not a valid content session token");
  });

  it("answers a provider failure with 502 and the provider's error, then cools down without calling it", async () => {
    const { admin, publisher } = await setup();
    const broken = await serviceIntegration(admin, server.tokenUrl, "wrong-secret-0000");
    const content = await workload(publisher, [broken.guid]);
    const { token } = await contentSessionToken(content);
    const before = server.tokenRequests();
    const failed = await refusal(exchange(publisher, { subject_token: token, subject_token_type: CST }));
    expect(failed.status).toBe(502);
    expect(failed.message).toContain("invalid_client");
    expect(failed.message).not.toContain("wrong-secret-0000");
    expect(server.tokenRequests()).toBe(before + 1);
    const cooling = await Promise.all(Array.from({ length: 20 }, () => refusal(exchange(publisher, { subject_token: token, subject_token_type: CST }))));
    expect(cooling.every((r) => r.status === 502)).toBe(true);
    expect(server.tokenRequests()).toBe(before + 1);
    // After the cooldown, the provider is asked again (and fails again: a longer cooldown).
    await db.serviceTokenCache.updateMany({ where: { integration: { guid: broken.guid } }, data: { cooldownUntil: new Date(Date.now() - 1000) } });
    expect((await refusal(exchange(publisher, { subject_token: token, subject_token_type: CST }))).status).toBe(502);
    expect(server.tokenRequests()).toBe(before + 2);
    const row = await db.serviceTokenCache.findFirstOrThrow({ where: { integration: { guid: broken.guid } } });
    expect(row.failures).toBe(2);
    expect(row.cooldownUntil!.getTime() - Date.now()).toBeGreaterThan(2000);

    // A provider that cannot be reached at all.
    const down = await serviceIntegration(admin, "http://127.0.0.1:9/token");
    const downContent = await workload(publisher, [down.guid]);
    const { token: downToken } = await contentSessionToken(downContent);
    expect(await refusal(exchange(publisher, { subject_token: downToken, subject_token_type: CST }))).toMatchObject({ status: 502 });
    const audits = dump(await db.auditEvent.findMany({ where: { resourceId: { in: [broken.guid, down.guid] } } }));
    expect(audits).toContain("invalid_client");
    expect(audits).not.toContain("wrong-secret-0000");
  });
});
