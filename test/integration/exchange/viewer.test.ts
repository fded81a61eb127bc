// The exchange for Viewer integrations (a user session token → the visitor's own token from their
// connected account) and Visitor API Keys, against a real oidc-provider: connect with authorization
// code + PKCE through its own login and consent pages, serve, refresh on use with rotation (one
// provider call for concurrent exchanges), invalid_grant → needs reauthorization; OAuth sessions.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { db } from "@/lib/server/db/client";
import { deleteOAuthSession } from "@/lib/server/oauth-sessions/delete-oauth-session";
import { getOAuthSession } from "@/lib/server/oauth-sessions/get-oauth-session";
import { collectOAuthSessions, listOAuthSessions as streamOAuthSessions } from "@/lib/server/oauth-sessions/list-oauth-sessions";
import { updateIntegration } from "@/lib/server/integrations/update-integration";
import { putSecret } from "@/lib/server/secrets/secret-store";
import { readStoredSecret } from "@/test/support/stored-secret";
import { context, createMember, createTeam } from "../../support/fixtures";
import type { TestOAuthServer } from "../../support/oauth-server";
import {
  connectAccount,
  contentSessionToken,
  CST,
  exchange,
  refusal,
  serviceIntegration,
  startExchangeProvider,
  UST,
  userSessionToken,
  VIEWER_CLIENT,
  viewerIntegration,
  visitorKeyIntegration,
  workload,
} from "./exchange-fixtures";

const listOAuthSessions = (...args: Parameters<typeof streamOAuthSessions>) => streamOAuthSessions(...args).then(collectOAuthSessions);

let server: TestOAuthServer;
beforeAll(async () => {
  server = await startExchangeProvider();
});
afterAll(() => server?.stop());

async function setup() {
  const team = await createTeam();
  const integration = await viewerIntegration(team.admin, server);
  const content = await workload(team.publisher, [integration.guid]);
  return { ...team, integration, content };
}

async function sessionOf(userId: string, integrationGuid: string) {
  return db.oAuthSession.findFirstOrThrow({ where: { userId, integration: { guid: integrationGuid } } });
}

const credentialOf = (guid: string) => db.oAuthCredential.findUniqueOrThrow({ where: { resourceType_resourceId: { resourceType: "oauth_session", resourceId: guid } } });

const expireViewer = (guid: string) =>
  db.oAuthCredential.update({ where: { resourceType_resourceId: { resourceType: "oauth_session", resourceId: guid } }, data: { accessTokenExpiresAt: new Date(Date.now() - 1000) } });

describe("Viewer exchange", () => {
  it("tells a viewer who has not connected where to connect, then serves their own token once connected", async () => {
    const { publisher, viewer, integration, content } = await setup();
    const subject = await userSessionToken(viewer, content);
    const notConnected = await refusal(exchange(publisher, { subject_token: subject, subject_token_type: UST }));
    expect(notConnected.status).toBe(400);
    expect(notConnected.message).toContain("has not connected");
    expect(notConnected.message).toContain(`http://console.test/connected-accounts?integration=${integration.guid}`);

    expect(await connectAccount(viewer, integration.guid)).toBe(`/connected-accounts?connect=done&integration=${integration.guid}`);
    const before = server.tokenRequests();
    const first = await exchange(publisher, { subject_token: subject, subject_token_type: UST });
    expect(first).toMatchObject({ token_type: "Bearer", issued_token_type: "urn:ietf:params:oauth:token-type:access_token" });
    expect(server.issuedAccessTokens).toContain(first.access_token);
    expect(first.expires_in).toBeGreaterThan(3000);
    expect(Object.keys(first)).not.toContain("refresh_token");
    expect((await exchange(publisher, { subject_token: subject, subject_token_type: UST })).access_token).toBe(first.access_token);
    expect(server.tokenRequests()).toBe(before);
  });

  it("refreshes an expired token on use with rotation, once for 50 concurrent exchanges", async () => {
    const { admin, viewer, integration, content } = await setup();
    await connectAccount(viewer, integration.guid);
    const session = await sessionOf(viewer.userId, integration.guid);
    const refreshBefore = await readStoredSecret("oauth_session", session.guid, "refreshToken");
    const subject = await userSessionToken(viewer, content);
    const first = await exchange(admin, { subject_token: subject, subject_token_type: UST });
    await expireViewer(session.guid);
    const before = server.tokenRequests();
    const results = await Promise.all(Array.from({ length: 50 }, () => exchange(admin, { subject_token: subject, subject_token_type: UST })));
    expect(server.tokenRequests() - before).toBe(1);
    expect(new Set(results.map((r) => r.access_token)).size).toBe(1);
    expect(results[0].access_token).not.toBe(first.access_token);
    const refreshAfter = await readStoredSecret("oauth_session", session.guid, "refreshToken");
    expect(refreshAfter).not.toBe(refreshBefore);
    expect(server.issuedRefreshTokens).toContain(refreshAfter);
    const audits = JSON.stringify(await db.auditEvent.findMany({ where: { organizationId: admin.organizationId }, select: { detail: true, before: true, after: true } }));
    for (const secret of [refreshBefore!, refreshAfter!, VIEWER_CLIENT.client_secret, first.access_token]) expect(audits).not.toContain(secret);
  });

  it("marks the connection as needing reauthorization on invalid_grant and says where to reconnect", async () => {
    const { admin, viewer, integration, content } = await setup();
    await connectAccount(viewer, integration.guid);
    const session = await sessionOf(viewer.userId, integration.guid);
    const refreshToken = await readStoredSecret("oauth_session", session.guid, "refreshToken");
    await server.revoke(refreshToken!, VIEWER_CLIENT);
    await expireViewer(session.guid);
    const subject = await userSessionToken(viewer, content);
    const refused = await refusal(exchange(admin, { subject_token: subject, subject_token_type: UST }));
    expect(refused.status).toBe(400);
    expect(refused.message).toContain("needs reauthorization");
    expect(refused.message).toContain("/connected-accounts?integration=");
    const [listed] = await listOAuthSessions(viewer, {}, context());
    expect(listed.state).toBe("needs_reauthorization");
    // Connecting again makes it usable.
    await connectAccount(viewer, integration.guid);
    expect((await exchange(admin, { subject_token: subject, subject_token_type: UST })).token_type).toBe("Bearer");
  });

  it("cools down after a failed refresh: 20 concurrent exchanges make one provider call, none until the cooldown ends", async () => {
    const { admin, viewer, integration, content } = await setup();
    await connectAccount(viewer, integration.guid);
    const session = await sessionOf(viewer.userId, integration.guid);
    // The provider now refuses the client (a rotated client secret nobody entered here).
    await db.$transaction((tx) => putSecret(tx, { organizationId: admin.organizationId, resourceType: "integration", resourceId: integration.guid }, "client_secret", "rotated-away-0000", server.tokenUrl));
    await expireViewer(session.guid);
    const subject = await userSessionToken(viewer, content);
    const before = server.tokenRequests();
    const refused = await Promise.all(Array.from({ length: 20 }, () => refusal(exchange(admin, { subject_token: subject, subject_token_type: UST }))));
    expect(server.tokenRequests() - before).toBe(1);
    expect(refused.every((r) => r.status === 502 && r.message.includes("invalid_client"))).toBe(true);
    expect(JSON.stringify(refused)).not.toContain("rotated-away-0000");
    expect((await refusal(exchange(admin, { subject_token: subject, subject_token_type: UST }))).status).toBe(502);
    expect(server.tokenRequests() - before).toBe(1);
    const cooling = await credentialOf(session.guid);
    expect(cooling).toMatchObject({ failures: 1, state: "active" });
    expect(cooling.cooldownUntil!.getTime()).toBeGreaterThan(Date.now());

    // After the cooldown the provider is asked again: a second failure cools down longer.
    await db.oAuthCredential.update({ where: { id: cooling.id }, data: { cooldownUntil: new Date(Date.now() - 1000) } });
    expect((await refusal(exchange(admin, { subject_token: subject, subject_token_type: UST }))).status).toBe(502);
    expect(server.tokenRequests() - before).toBe(2);
    const longer = await credentialOf(session.guid);
    expect(longer.failures).toBe(2);
    expect(longer.cooldownUntil!.getTime() - Date.now()).toBeGreaterThan(2000);

    // The right secret again and the cooldown over: the refresh works and the count starts over.
    await db.$transaction((tx) => putSecret(tx, { organizationId: admin.organizationId, resourceType: "integration", resourceId: integration.guid }, "client_secret", VIEWER_CLIENT.client_secret, server.tokenUrl));
    await db.oAuthCredential.update({ where: { id: cooling.id }, data: { cooldownUntil: new Date(Date.now() - 1000) } });
    expect((await exchange(admin, { subject_token: subject, subject_token_type: UST })).token_type).toBe("Bearer");
    expect(await credentialOf(session.guid)).toMatchObject({ failures: 0, cooldownUntil: null });
  });

  it("tells a viewer whose tokens came from a moved token endpoint to reconnect, and sends them nowhere", async () => {
    const { admin, viewer, integration, content } = await setup();
    await connectAccount(viewer, integration.guid);
    const session = await sessionOf(viewer.userId, integration.guid);
    const subject = await userSessionToken(viewer, content);
    // The endpoint moves behind the service's back (an older row, a restore): the exchange itself must notice.
    const row = await db.integration.findUniqueOrThrow({ where: { guid: integration.guid } });
    await db.integration.update({ where: { id: row.id }, data: { config: { ...(row.config as object), token_uri: `${server.tokenUrl}/moved` } } });
    await expireViewer(session.guid);
    const before = server.tokenRequests();
    const refused = await refusal(exchange(admin, { subject_token: subject, subject_token_type: UST }));
    expect(refused.status).toBe(400);
    expect(refused.message).toContain("needs reauthorization");
    expect(refused.message).toContain(`http://console.test/connected-accounts?integration=${integration.guid}`);
    expect(refused.message).not.toContain("endpoint");
    expect(server.tokenRequests()).toBe(before);
    expect((await credentialOf(session.guid)).state).toBe("needs_reauthorization");
    // Even a token that has not expired is not handed out any more.
    await db.oAuthCredential.update({ where: { id: (await credentialOf(session.guid)).id }, data: { state: "active", accessTokenExpiresAt: new Date(Date.now() + 3_600_000) } });
    expect((await refusal(exchange(admin, { subject_token: subject, subject_token_type: UST }))).message).toContain("needs reauthorization");
  });

  it("marks every connected account of an integration whose endpoint is changed through the service", async () => {
    const { admin, viewer, publisher, integration } = await setup();
    await connectAccount(viewer, integration.guid);
    await connectAccount(publisher, integration.guid);
    await updateIntegration(admin, integration.guid, { config: { token_uri: `${server.tokenUrl}/moved`, client_secret: VIEWER_CLIENT.client_secret } }, {}, context());
    const sessions = await listOAuthSessions(admin, { all: true }, context());
    expect(sessions.map((s) => s.state)).toEqual(["needs_reauthorization", "needs_reauthorization"]);
    const [audit] = await db.auditEvent.findMany({ where: { resourceId: integration.guid, action: "integration.update" }, orderBy: { id: "desc" }, take: 1 });
    expect(audit.detail).toContain("2 connected accounts now need reauthorization");
  });

  it("refuses expired user session tokens, other organisations, auth types that do not fit and non-owners", async () => {
    const { admin, publisher, viewer, integration, content, organization } = await setup();
    await connectAccount(viewer, integration.guid);
    const expired = await userSessionToken(viewer, content, 1);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await refusal(exchange(admin, { subject_token: expired, subject_token_type: UST }))).status).toBe(400);
    const other = await createTeam();
    expect((await refusal(exchange(other.admin, { subject_token: await userSessionToken(viewer, content), subject_token_type: UST }))).status).toBe(404);
    const stranger = await createMember(organization, "publisher");
    expect((await refusal(exchange(stranger, { subject_token: await userSessionToken(viewer, content), subject_token_type: UST }))).status).toBe(403);
    const service = await serviceIntegration(admin, server.tokenUrl);
    const serviceOnly = await workload(publisher, [service.guid]);
    expect(await refusal(exchange(publisher, { subject_token: await userSessionToken(viewer, serviceOnly), subject_token_type: UST }))).toMatchObject({
      status: 400,
      message: `OAuth integration ${service.guid} does not support Viewer auth flows.`,
    });
  });
});

describe("Visitor API Key", () => {
  it("issues a short-lived key of the visitor with the role capped at max_role", async () => {
    const { admin, publisher } = await createTeam();
    const integration = await visitorKeyIntegration(admin, "Viewer");
    const content = await workload(publisher, [integration.guid]);
    const subject = await userSessionToken(admin, content);
    const issued = await exchange(publisher, { subject_token: subject, subject_token_type: UST, requested_token_type: "urn:posit:connect:api-key" });
    expect(issued).toMatchObject({ token_type: "Key", issued_token_type: "urn:posit:connect:api-key", expires_in: 3600 });
    const actor = await authenticateRequest(new Headers({ authorization: `Key ${issued.access_token}` }), context(), ["key"]);
    expect(actor).toMatchObject({ userId: admin.userId, role: "viewer" });
    const key = await db.apiKey.findFirstOrThrow({ where: { id: actor.apiKeyId } });
    expect(key.expiresAt!.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    // Asked for an access token instead, Posit's hint; with a content session token, refused.
    expect(await refusal(exchange(publisher, { subject_token: subject, subject_token_type: UST }))).toMatchObject({
      status: 400,
      message: "Invalid requested_token_type. Expected 'urn:posit:connect:api-key'",
    });
    const { token } = await contentSessionToken(content);
    expect((await refusal(exchange(publisher, { subject_token: token, subject_token_type: CST, requested_token_type: "urn:posit:connect:api-key" }))).status).toBe(400);
  });
});

describe("OAuth sessions", () => {
  it("lists, reads and disconnects one's own; admins list everyone's; others' are not found", async () => {
    const { admin, viewer, publisher, integration } = await setup();
    await connectAccount(viewer, integration.guid);
    await connectAccount(publisher, integration.guid);
    const [mine] = await listOAuthSessions(viewer, {}, context());
    expect(mine).toMatchObject({ userId: viewer.userId, integrationGuid: integration.guid, hasRefreshToken: true, state: "active" });
    expect((await getOAuthSession(viewer, mine.guid, context())).guid).toBe(mine.guid);
    expect((await listOAuthSessions(admin, { all: true }, context())).map((s) => s.userId).sort()).toEqual([viewer.userId, publisher.userId].sort());
    await expect(listOAuthSessions(viewer, { all: true }, context())).rejects.toMatchObject({ status: 403 });
    await expect(getOAuthSession(publisher, mine.guid, context())).rejects.toMatchObject({ status: 404 });
    await expect(deleteOAuthSession(admin, mine.guid, context())).rejects.toMatchObject({ status: 404 });
    await deleteOAuthSession(viewer, mine.guid, context());
    expect(await readStoredSecret("oauth_session", mine.guid, "refreshToken")).toBeNull();
    expect(await listOAuthSessions(viewer, {}, context())).toEqual([]);
    const audit = await db.auditEvent.findMany({ where: { action: { in: ["oauthSession.connect", "oauthSession.disconnect"] }, organizationId: admin.organizationId } });
    expect(audit.map((a) => a.action).sort()).toEqual(["oauthSession.connect", "oauthSession.connect", "oauthSession.disconnect"]);
  });
});

describe("OAuth sessions at scale", () => {
  it("streams every session of the organisation for ?all=true in keyset batches, past any cap", async () => {
    const { admin, integration } = await setup();
    const tag = randomUUID().slice(0, 8);
    const total = 1203;
    // Set-based: 1,203 members, each connected to the integration .
    await db.$executeRaw`
      WITH u AS (
        INSERT INTO users (id, email, username, password_hash, updated_at)
        SELECT gen_random_uuid(), 'bulk-' || g || '-' || ${tag} || '@sessions.test', 'bulk-' || g || '-' || ${tag}, 'x', now() FROM generate_series(1, ${total}) g
        RETURNING id)
      INSERT INTO oauth_sessions (guid, organization_id, user_id, integration_id)
      SELECT gen_random_uuid(), ${admin.organizationId}::uuid, u.id, ${BigInt((await db.integration.findUniqueOrThrow({ where: { guid: integration.guid } })).id)} FROM u`;
    const batches: number[] = [];
    const seen = new Set<string>();
    for await (const batch of await streamOAuthSessions(admin, { all: true }, context())) {
      batches.push(batch.length);
      for (const s of batch) seen.add(s.guid);
    }
    expect(seen.size).toBe(total);
    expect(batches).toEqual([500, 500, 203]);
    // A user's own list is the same reader, scoped to them.
    expect(await listOAuthSessions(admin, {}, context())).toEqual([]);
  });
});
