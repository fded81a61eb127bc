// Fruxon's :verifyConfig and Posit's PATCH + verify (through the integration services both
// dialects call) with a loopback "attacker" listener: a stored client secret is only ever sent to
// the token endpoint it was stored for. The legitimate verify against a real oidc-provider works.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { getIntegration } from "@/lib/server/integrations/get-integration";
import { updateIntegration } from "@/lib/server/integrations/update-integration";
import { verifyIntegration } from "@/lib/server/integrations/verify-integration";
import { context, createTeam } from "@/test/support/fixtures";
import { startOAuthServer, type TestOAuthServer } from "@/test/support/oauth-server";
import { startAttackerListener, type AttackerListener } from "@/test/support/attacker-listener";

const CLIENT = { client_id: "binding-verify", client_secret: `stored-secret-${randomUUID()}` };
let provider: TestOAuthServer;
let attacker: AttackerListener;
beforeAll(async () => {
  provider = await startOAuthServer({ clients: [CLIENT] });
  attacker = await startAttackerListener();
});
afterAll(async () => {
  await provider?.stop();
  await attacker?.stop();
});

const serviceAccount = (tokenUri: string) => ({
  name: `Bound ${randomUUID().slice(0, 6)}`,
  template: "custom",
  config: { auth_type: "Service Account", token_uri: tokenUri, client_id: CLIENT.client_id, client_secret: CLIENT.client_secret, token_endpoint_auth_method: "client_secret_basic" },
});

const auditOf = async (organizationId: string) => JSON.stringify((await db.auditEvent.findMany({ where: { organizationId } })).map((e) => ({ ...e, id: String(e.id) })));

describe("an integration's stored secret stays with its token endpoint", () => {
  it("Fruxon :verifyConfig with token_uri pointing elsewhere and no client_secret is refused, naming client_secret, and sends nothing", async () => {
    const { organization, admin } = await createTeam();
    const created = await createIntegration(admin, serviceAccount(provider.tokenUrl), context());
    const before = attacker.seen.length;
    const ctx = context();
    await expect(verifyIntegration(admin, created.guid, ctx, { token_uri: attacker.tokenUrl })).rejects.toMatchObject({
      status: 400,
      details: { fieldErrors: { client_secret: [expect.stringMatching(/token_uri/)] } },
    });
    expect(attacker.seen.length).toBe(before);
    expect(attacker.received()).not.toContain(CLIENT.client_secret);
    const refusal = await db.auditEvent.findFirstOrThrow({ where: { requestId: ctx.requestId, action: "integration.verify" } });
    expect(refusal).toMatchObject({ outcome: "failure", detail: expect.stringMatching(/token_uri changed without a new client_secret/) });
    expect(await auditOf(organization.id)).not.toContain(CLIENT.client_secret);
    // The legitimate verify still works, with and without an override naming the same endpoint.
    expect(await verifyIntegration(admin, created.guid, context())).toMatchObject({ ok: true, tokenUrl: provider.tokenUrl });
    expect(await verifyIntegration(admin, created.guid, context(), { token_uri: provider.tokenUrl })).toMatchObject({ ok: true });
  });

  it("Fruxon :verifyConfig with a new endpoint and the secret in the request sends that secret only", async () => {
    const { admin } = await createTeam();
    const created = await createIntegration(admin, serviceAccount(provider.tokenUrl), context());
    const given = `given-${randomUUID()}`;
    const outcome = await verifyIntegration(admin, created.guid, context(), { token_uri: attacker.tokenUrl, client_secret: given });
    expect(outcome).toMatchObject({ ok: true, tokenUrl: attacker.tokenUrl });
    expect(attacker.received()).toContain(given);
    expect(attacker.received()).not.toContain(CLIENT.client_secret);
  });

  it("Posit PATCH of token_uri alone is refused (400 naming client_secret); the next verify goes to the stored endpoint", async () => {
    const { organization, admin } = await createTeam();
    const created = await createIntegration(admin, serviceAccount(provider.tokenUrl), context());
    const ctx = context();
    await expect(updateIntegration(admin, created.guid, { config: { token_uri: attacker.tokenUrl } }, {}, ctx)).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/requires the client_secret again/),
      details: { fieldErrors: { client_secret: expect.any(Array) } },
    });
    expect((await getIntegration(admin, created.guid, context())).config.token_uri).toBe(provider.tokenUrl);
    const refusal = await db.auditEvent.findFirstOrThrow({ where: { requestId: ctx.requestId, action: "integration.update" } });
    expect(refusal.outcome).toBe("failure");
    expect(await verifyIntegration(admin, created.guid, context())).toMatchObject({ ok: true, tokenUrl: provider.tokenUrl });
    expect(attacker.received()).not.toContain(CLIENT.client_secret);
    expect(await auditOf(organization.id)).not.toContain(CLIENT.client_secret);
  });

  it("Posit PATCH of token_uri with a new secret is accepted and audited; verify then sends only the new secret", async () => {
    const { admin } = await createTeam();
    const created = await createIntegration(admin, serviceAccount(provider.tokenUrl), context());
    const fresh = `fresh-${randomUUID()}`;
    const ctx = context();
    await updateIntegration(admin, created.guid, { config: { token_uri: attacker.tokenUrl, client_secret: fresh } }, {}, ctx);
    const event = await db.auditEvent.findFirstOrThrow({ where: { requestId: ctx.requestId, action: "integration.update" } });
    expect(event.detail).toBe("endpoint changed (token_uri); secrets replaced: client_secret");
    expect(await verifyIntegration(admin, created.guid, context())).toMatchObject({ ok: true, tokenUrl: attacker.tokenUrl });
    expect(attacker.received()).toContain(fresh);
    expect(attacker.received()).not.toContain(CLIENT.client_secret);
  });

  it("a config moved behind the services' back (the database row edited) still never carries the stored secret", async () => {
    const { admin } = await createTeam();
    const created = await createIntegration(admin, serviceAccount(provider.tokenUrl), context());
    const row = await db.integration.findUniqueOrThrow({ where: { guid: created.guid } });
    await db.integration.update({ where: { guid: created.guid }, data: { config: { ...(row.config as object), token_uri: attacker.tokenUrl } } });
    const before = attacker.seen.length;
    await expect(verifyIntegration(admin, created.guid, context())).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/enter the client_secret again/) });
    expect(attacker.seen.length).toBe(before);
  });

  it("the template's host fields count as the endpoint: a Snowflake account URL or Entra tenant change needs the secret", async () => {
    const { admin } = await createTeam();
    const snowflake = await createIntegration(
      admin,
      { name: "Snow", template: "snowflake", config: { auth_type: "Service Account", account_url: "https://acme.snowflakecomputing.com", client_id: "c", client_secret: CLIENT.client_secret } },
      context(),
    );
    await expect(updateIntegration(admin, snowflake.guid, { config: { account_url: "https://evil.snowflakecomputing.com" } }, {}, context())).rejects.toMatchObject({
      status: 400,
      details: { fieldErrors: { client_secret: [expect.stringMatching(/account_url/)] } },
    });
    const entra = await createIntegration(
      admin,
      { name: "Entra", template: "msgraph", config: { auth_type: "Service Account", tenant_id: "11111111-1111-1111-1111-111111111111", client_id: "c", client_secret: CLIENT.client_secret } },
      context(),
    );
    await expect(updateIntegration(admin, entra.guid, { config: { tenant_id: "22222222-2222-2222-2222-222222222222" } }, {}, context())).rejects.toMatchObject({
      status: 400,
      details: { fieldErrors: { client_secret: [expect.stringMatching(/tenant_id/)] } },
    });
    // A change of a field that does not decide the endpoint keeps the secret as before.
    await updateIntegration(admin, entra.guid, { config: { client_id: "other-client" } }, {}, context());
  });
});
