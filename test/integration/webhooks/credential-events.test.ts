// Credential events: the reminder job on a moved clock (30/7/1 days once each, a late find gets
// only its window, nothing after the secret is replaced, one job at a time), and a profile whose
// refresh a real OAuth server refuses with invalid_grant raising credential.needs_reauthorization.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { WebhookPayload } from "@/lib/schemas/webhooks";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { updateIntegration } from "@/lib/server/integrations/update-integration";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { createOAuthProfile } from "@/lib/server/oauth-profiles/create-oauth-profile";
import { refreshOAuthProfile } from "@/lib/server/oauth-profiles/refresh-oauth-profile";
import { createWebhook } from "@/lib/server/webhooks/create-webhook";
import { runExpiryReminders } from "@/lib/server/webhooks/expiry-reminders";
import { context, createTeam } from "../../support/fixtures";
import { HDP_CLIENT, oauthAppBody } from "../../support/hdp-oauth";
import { azure } from "../../support/integration-inputs";
import { startOAuthServer, type TestOAuthServer } from "../../support/oauth-server";

const DAY = 86_400_000;
const at = (t: number) => () => new Date(t);

/** The events queued for the organisation, oldest first (the outbox itself). */
async function queued(organizationId: string): Promise<WebhookPayload[]> {
  const rows = await db.webhookEvent.findMany({ where: { organizationId }, orderBy: { createdAt: "asc" } });
  return rows.map((r) => r.payload as unknown as WebhookPayload);
}

let provider: TestOAuthServer;
beforeAll(async () => {
  provider = await startOAuthServer({ authorizationCodeClients: [HDP_CLIENT] });
});
afterAll(() => provider?.stop());

describe("credential events", () => {
  it("reminds 30, 7 and 1 days before and when expired, once each, and stops after the secret is replaced", async () => {
    const { admin } = await createTeam();
    await createWebhook(admin, { url: "http://127.0.0.1:9/hooks", events: ["credential.expiring", "credential.expired"] }, context());
    const expires = Date.now() + 40 * DAY;
    const integration = await createIntegration(admin, azure("s", "Expiring", { secret_expires_time: new Date(expires).toISOString() }), context());
    const org = admin.organizationId;

    expect(await runExpiryReminders(org, at(expires - 35 * DAY))).toMatchObject({ sent: 0 });
    expect(await runExpiryReminders(org, at(expires - 29 * DAY))).toMatchObject({ sent: 1 });
    expect(await runExpiryReminders(org, at(expires - 20 * DAY))).toMatchObject({ sent: 0 });
    expect(await runExpiryReminders(org, at(expires - 6 * DAY))).toMatchObject({ sent: 1 });
    expect(await runExpiryReminders(org, at(expires - 6 * DAY + 3600_000))).toMatchObject({ sent: 0 });
    expect(await runExpiryReminders(org, at(expires - 12 * 3600_000))).toMatchObject({ sent: 1 });
    expect(await runExpiryReminders(org, at(expires + 1000))).toMatchObject({ sent: 1 });
    expect(await runExpiryReminders(org, at(expires + DAY))).toMatchObject({ sent: 0 });
    const events = await queued(org);
    expect(events.map((e) => [e.type, e.data.window_days ?? null])).toEqual([
      ["credential.expiring", 30],
      ["credential.expiring", 7],
      ["credential.expiring", 1],
      ["credential.expired", null],
    ]);
    expect(events[0].data).toMatchObject({
      resource: { type: "integration", id: integration.guid, name: "Expiring", url: expect.stringMatching(new RegExp(`/integrations/${integration.guid}/edit$`)) },
      expires: new Date(expires).toISOString(),
    });

    // Replaced (no date): nothing more, whatever the clock says.
    const replaced = Date.now() + 40 * DAY;
    await updateIntegration(admin, integration.guid, { config: { client_secret: "s2" } }, {}, context());
    expect(await runExpiryReminders(org, at(replaced - 29 * DAY))).toMatchObject({ sent: 0 });
    expect(await runExpiryReminders(org, at(replaced - 6 * DAY))).toMatchObject({ sent: 0 });
  });

  it("a secret first found inside a window gets only that window's reminder; concurrent runs send it once", async () => {
    const { admin } = await createTeam();
    await createWebhook(admin, { url: "http://127.0.0.1:9/hooks", events: ["credential.expiring"] }, context());
    await createIntegration(admin, azure("s", "Late", { secret_expires_time: new Date(Date.now() + 5 * DAY).toISOString() }), context());
    const runs = await Promise.all([1, 2, 3, 4].map(() => runExpiryReminders(admin.organizationId)));
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(1);
    const events = await queued(admin.organizationId);
    expect(events.map((e) => [e.type, e.data.window_days])).toEqual([["credential.expiring", 7]]);
  });

  it("one run reminds every due secret, in batches, however many long-expired ones sort before them", async () => {
    const { admin } = await createTeam();
    await createWebhook(admin, { url: "http://127.0.0.1:9/hooks", events: ["credential.expiring", "credential.expired"] }, context());
    const now = Date.now();
    // Two expired long ago (reminded in an earlier run), then three due in 5 days.
    for (const days of [-90, -60]) await createIntegration(admin, azure("s", `Old ${days}`, { secret_expires_time: new Date(now + days * DAY).toISOString() }), context());
    expect(await runExpiryReminders(admin.organizationId, at(now), 1)).toMatchObject({ sent: 2 });
    for (const name of ["Due a", "Due b", "Due c"]) await createIntegration(admin, azure("s", name, { secret_expires_time: new Date(now + 5 * DAY).toISOString() }), context());
    // Batches of one: the expired ones come first every run and are skipped, not stopped at.
    expect(await runExpiryReminders(admin.organizationId, at(now), 1)).toMatchObject({ sent: 3 });
    expect(await runExpiryReminders(admin.organizationId, at(now), 1)).toMatchObject({ sent: 0 });
    const events = await queued(admin.organizationId);
    expect(events.map((e) => [e.type, e.data.resource?.name]).sort()).toEqual([
      ["credential.expired", "Old -60"],
      ["credential.expired", "Old -90"],
      ["credential.expiring", "Due a"],
      ["credential.expiring", "Due b"],
      ["credential.expiring", "Due c"],
    ]);
  });

  it("a profile whose refresh gets invalid_grant raises credential.needs_reauthorization, with no token in it", async () => {
    const { admin, publisher } = await createTeam();
    await createWebhook(admin, { url: "http://127.0.0.1:9/hooks", events: ["credential.needs_reauthorization", "credential.refresh_failed"] }, context());
    const app = await createOAuthApp(admin, oauthAppBody(provider, undefined, HDP_CLIENT.client_secret), context());
    const token = "rt-never-issued-canary-5e21";
    const profile = await createOAuthProfile(publisher, { name: "Lapsed", oauthAppId: app.id, refreshToken: token }, {}, context());
    expect((await refreshOAuthProfile(publisher, profile.id, {}, context())).outcome).toMatchObject({ status: "needs_reauthorization" });
    const events = await queued(admin.organizationId);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "credential.needs_reauthorization",
      data: { resource: { type: "oauth_profile", id: String(profile.id), name: "Lapsed" }, actor: { id: publisher.userId }, detail: "invalid_grant" },
    });
    expect(JSON.stringify(events)).not.toContain(token);
    expect(JSON.stringify(events)).not.toContain(HDP_CLIENT.client_secret);
  });
});
