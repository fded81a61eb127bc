// The secret_endpoint_binding migration binds secrets stored before it to the endpoint they serve
// today: run over one organisation's fresh records, its UPDATEs must give each secret exactly the
// endpoint the services record when they store it.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { createApp } from "@/lib/server/apps/create-app";
import { createConnection } from "@/lib/server/connections/create-connection";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { createOAuthProfile } from "@/lib/server/oauth-profiles/create-oauth-profile";
import { context, createTeam } from "@/test/support/fixtures";

const MIGRATION = path.join(import.meta.dirname, "../../../prisma/migrations/20261207045900_secret_endpoint_binding/migration.sql");

it("binds existing integration, OAuth app, profile, Switchboard app and connection secrets as the services do", async () => {
  const { admin, publisher, organization } = await createTeam();
  await createIntegration(admin, { name: "Custom", template: "custom", config: { auth_type: "Service Account", token_uri: "https://idp.example/t", client_id: "c", client_secret: "s-1234" } }, context());
  await createIntegration(admin, { name: "Graph", template: "msgraph", config: { auth_type: "Service Account", tenant_id: "11111111-1111-1111-1111-111111111111", client_id: "c", client_secret: "s-1234" } }, context());
  const app = await createOAuthApp(admin, { name: "Backfill_1", dataStore: 1, clientId: "c", clientSecret: "s", authorizeURI: "https://idp.example/a", tokenURI: "https://idp.example/tok" }, context());
  await createOAuthProfile(publisher, { name: "Backfill_P", oauthAppId: app.id, refreshToken: "rt-1234" }, {}, context());
  await createApp(admin, { name: "V", server: { url: "https://api.example" }, authConfigs: [{ type: "oidc", data: { discoveryUrl: "https://idp.example/.well-known/openid-configuration", clientId: "c", clientSecret: "s" } }] }, context());
  const machine = await createApp(admin, { name: "M", server: { url: "https://api.example" }, authConfigs: [{ type: "oauth2", data: { flowType: "client_credentials", tokenEndpoint: "https://idp.example/cc" } }] }, context());
  await createConnection(admin, { name: "cc", appId: machine.id, authType: "oauth2", data: { clientId: "c", clientSecret: "s-1234" } }, context());

  const read = () => db.secret.findMany({ where: { organizationId: organization.id }, select: { resourceType: true, resourceId: true, field: true, endpoint: true }, orderBy: [{ resourceType: "asc" }, { resourceId: "asc" }, { field: "asc" }] });
  const stored = await read();
  expect(stored.filter((s) => s.endpoint === null)).toEqual([]);
  expect(stored.map((s) => s.resourceType).sort()).toEqual(["app", "connection", "integration", "integration", "oauthApp", "oauthProfile"]);

  await db.secret.updateMany({ where: { organizationId: organization.id }, data: { endpoint: null } });
  const updates = readFileSync(MIGRATION, "utf8")
    .split(";")
    .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim())
    .filter((statement) => statement.startsWith("UPDATE"))
    // Only this organisation's rows: other test files run alongside.
    .map((statement) => statement.replace(/WHERE s\."resource_type"/, `WHERE s."organization_id" = '${organization.id}'::uuid AND s."resource_type"`));
  expect(updates).toHaveLength(5);
  for (const statement of updates) expect(statement).toContain(organization.id);
  for (const statement of updates) await db.$executeRawUnsafe(statement);
  expect(await read()).toEqual(stored);
});
