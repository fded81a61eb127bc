// Where a connected account that needs reauthorization shows: the home dashboard's card (the
// user's own, each with Reconnect; for admins also the organisation's others) and a Viewer
// integration's page (own banner; admins: how many members'). Driven by a real invalid_grant from
// the loopback oidc-provider; nothing crosses organisations or roles.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { getDashboardWidget, widgetsFor } from "@/lib/server/dashboard/dashboard-widgets";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { getIntegrationReauthorization } from "@/lib/server/oauth-sessions/get-integration-reauthorization";
import { readStoredSecret } from "@/test/support/stored-secret";
import { context, createTeam } from "../../support/fixtures";
import type { TestOAuthServer } from "../../support/oauth-server";
import { connectAccount, exchange, refusal, startExchangeProvider, UST, userSessionToken, VIEWER_CLIENT, viewerIntegration, workload } from "./exchange-fixtures";

let server: TestOAuthServer;
beforeAll(async () => {
  server = await startExchangeProvider();
});
afterAll(() => server?.stop());

/** The viewer's connection breaks the real way: the provider revoked the grant, and the exchange's refresh hears invalid_grant. */
async function breakConnection(user: Parameters<typeof connectAccount>[0], integrationGuid: string, caller: Parameters<typeof exchange>[0], content: { id: string }) {
  const session = await db.oAuthSession.findFirstOrThrow({ where: { userId: user.userId, integration: { guid: integrationGuid } } });
  await server.revoke((await readStoredSecret("oauth_session", session.guid, "refreshToken"))!, VIEWER_CLIENT);
  await db.oAuthCredential.update({
    where: { resourceType_resourceId: { resourceType: "oauth_session", resourceId: session.guid } },
    data: { accessTokenExpiresAt: new Date(Date.now() - 1000) },
  });
  expect((await refusal(exchange(caller, { subject_token: await userSessionToken(user, content), subject_token_type: UST }))).message).toContain("needs reauthorization");
  return session;
}

/** A team whose viewer and publisher connected to a Viewer integration used by the publisher's workload. */
async function connectedTeam() {
  const team = await createTeam();
  const integration = await viewerIntegration(team.admin, server);
  const content = await workload(team.publisher, [integration.guid]);
  await connectAccount(team.viewer, integration.guid);
  await connectAccount(team.publisher, integration.guid);
  return { ...team, integration, content };
}

describe("connected accounts needing reauthorization", () => {
  it("shows on the dashboard: one's own with a reconnect link, and for admins the organisation's", async () => {
    const { admin, publisher, viewer, integration, content } = await connectedTeam();
    await createWebhook(admin, { url: "http://127.0.0.1:9/hooks", events: ["credential.needs_reauthorization"] }, context());
    expect(await getDashboardWidget(viewer, "reauthorization", context())).toEqual([]);
    const stored = await db.oAuthSession.findFirstOrThrow({ where: { userId: viewer.userId, integration: { guid: integration.guid } } });
    const refreshToken = (await readStoredSecret("oauth_session", stored.guid, "refreshToken"))!;
    const session = await breakConnection(viewer, integration.guid, publisher, content);

    // The exchange's refresh heard invalid_grant: one credential.needs_reauthorization webhook event
    // naming the integration, with no token in it.
    const events = await db.webhookEvent.findMany({ where: { organizationId: admin.organizationId } });
    expect(events.map((e) => (e.payload as { type: string }).type)).toEqual(["credential.needs_reauthorization"]);
    expect(events[0].payload).toMatchObject({ data: { resource: { type: "integration", id: integration.guid }, actor: { id: publisher.userId } } });
    expect(JSON.stringify(events)).not.toContain(refreshToken);

    expect(widgetsFor("viewer")).toContain("reauthorization");
    const own = await getDashboardWidget(viewer, "reauthorization", context());
    expect(own).toEqual([
      expect.objectContaining({ sessionGuid: session.guid, integrationGuid: integration.guid, userEmail: null, href: `/connected-accounts?integration=${integration.guid}` }),
    ]);
    // An admin sees the member's, naming them and linking to the integration; a publisher sees only their own (none).
    expect(await getDashboardWidget(admin, "reauthorization", context())).toEqual([
      expect.objectContaining({ sessionGuid: session.guid, userEmail: viewer.email, href: `/integrations/${integration.guid}` }),
    ]);
    expect(await getDashboardWidget(publisher, "reauthorization", context())).toEqual([]);
    // Another organisation's admin sees nothing of it.
    const other = await createTeam();
    expect(await getDashboardWidget(other.admin, "reauthorization", context())).toEqual([]);
    // No token in what the widget returns.
    const shown = JSON.stringify(own);
    for (const token of [...server.issuedAccessTokens, ...server.issuedRefreshTokens, VIEWER_CLIENT.client_secret]) expect(shown).not.toContain(token);

    // Reconnecting clears it.
    await connectAccount(viewer, integration.guid);
    expect(await getDashboardWidget(viewer, "reauthorization", context())).toEqual([]);
    expect(await getDashboardWidget(admin, "reauthorization", context())).toEqual([]);
  });

  it("shows on the integration's page: the user's own, and for admins how many members'", async () => {
    const { admin, publisher, viewer, integration, content } = await connectedTeam();
    expect(await getIntegrationReauthorization(publisher, integration.guid, context())).toEqual({ own: false, others: null });
    await breakConnection(publisher, integration.guid, publisher, content);
    await breakConnection(viewer, integration.guid, publisher, content);
    expect(await getIntegrationReauthorization(publisher, integration.guid, context())).toEqual({ own: true, others: null });
    expect(await getIntegrationReauthorization(admin, integration.guid, context())).toEqual({ own: false, others: 2 });
    const other = await createTeam();
    expect(await getIntegrationReauthorization(other.admin, integration.guid, context())).toEqual({ own: false, others: 0 });
  });
});
