// Verify against a real OAuth server (oidc-provider) on loopback.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { updateIntegration } from "@/lib/server/integrations/update-integration";
import { verifyIntegration } from "@/lib/server/integrations/verify-integration";
import { startOAuthServer, type TestOAuthServer } from "../../support/oauth-server";
import { context, createTeam } from "../../support/fixtures";

let server: TestOAuthServer;
beforeAll(async () => {
  server = await startOAuthServer({ clients: [{ client_id: "console-verify", client_secret: "right-secret-123" }] });
});
afterAll(() => server?.stop());

const serviceAccount = (tokenUri: string, secret: string) => ({
  name: "Loopback provider",
  template: "custom",
  config: { auth_type: "Service Account", token_uri: tokenUri, client_id: "console-verify", client_secret: secret, token_endpoint_auth_method: "client_secret_basic" },
});

describe("verify", () => {
  it("succeeds with the right secret, returns no token, and audits the result", async () => {
    const { admin } = await createTeam();
    const created = await createIntegration(admin, serviceAccount(server.tokenUrl, "right-secret-123"), context());
    const ctx = context();
    const outcome = await verifyIntegration(admin, created.guid, ctx);
    expect(outcome).toMatchObject({ ok: true, tokenUrl: server.tokenUrl });
    const serialized = JSON.stringify(outcome);
    for (const token of server.issuedAccessTokens) expect(serialized).not.toContain(token);
    expect(serialized).not.toContain("right-secret-123");
    const event = await db.auditEvent.findFirstOrThrow({ where: { requestId: ctx.requestId, action: "integration.verify" } });
    expect(event.outcome).toBe("success");
    expect(JSON.stringify({ ...event, id: String(event.id) })).not.toContain("right-secret-123");
  });

  it("reports the provider's error for a wrong secret", async () => {
    const { admin } = await createTeam();
    const created = await createIntegration(admin, serviceAccount(server.tokenUrl, "wrong-secret-456"), context());
    expect(await verifyIntegration(admin, created.guid, context())).toMatchObject({ ok: false, error: "invalid_client", status: 401 });
    await updateIntegration(admin, created.guid, { config: { client_secret: "right-secret-123" } }, {}, context());
    expect(await verifyIntegration(admin, created.guid, context())).toMatchObject({ ok: true });
  });

  it("is admin-only and refuses integrations without a client-credentials endpoint", async () => {
    const { admin, publisher } = await createTeam();
    const created = await createIntegration(admin, serviceAccount(server.tokenUrl, "right-secret-123"), context());
    await expect(verifyIntegration(publisher, created.guid, context())).rejects.toMatchObject({ status: 403 });
    const visitor = await createIntegration(admin, { name: "Visitor", template: "connect", config: { max_role: "Viewer" } }, context());
    await expect(verifyIntegration(admin, visitor.guid, context())).rejects.toMatchObject({ status: 400 });
  });
});
