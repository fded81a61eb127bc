// A string with U+0000 in a request body answered 500 (PostgreSQL's text cannot store the byte):
// HDP's POST oauthapps with `"description": "\u0000"` (found by fuzzing). parseInput refuses such
// a string anywhere in any dialect's body: 400 naming the field, and nothing is stored.
import { expect, it } from "vitest";
import { createApp } from "@/lib/server/apps/create-app";
import { createBoard } from "@/lib/server/boards/create-board";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { createOAuthApp } from "@/lib/server/oauth-apps/create-oauth-app";
import { context, createTeam } from "../../support/fixtures";

const hdpApp = { name: "nul_app", dataStore: 1, description: "", clientId: "c", clientSecret: "s", authorizeURI: "https://idp.example.com/authorize", tokenURI: "https://idp.example.com/token", scope: "" };

it("U+0000 in any string of a body is a 400 naming the field, and nothing is stored", async () => {
  const { admin } = await createTeam();
  for (const field of ["description", "clientId", "scope"] as const) {
    await expect(createOAuthApp(admin, { ...hdpApp, [field]: "a\u0000b" }, context())).rejects.toMatchObject({ status: 400, details: { fieldErrors: { [field]: ["Must not contain U+0000"] } } });
  }
  await expect(
    createIntegration(admin, { name: "nul\u0000", template: "custom", config: { auth_type: "Service Account", token_uri: "https://idp.example.com/token", client_id: "c", client_secret: "s" } }, context()),
  ).rejects.toMatchObject({ status: 400, details: { fieldErrors: { name: ["Must not contain U+0000"] } } });
  await expect(createBoard(admin, { name: "\u0000" }, context())).rejects.toMatchObject({ status: 400 });
  await expect(createApp(admin, { name: "Nul app", server: { url: "https://api.example.com" }, authConfigs: [{ type: "apikey", data: { name: "X-\u0000", in: "header" } }] }, context())).rejects.toMatchObject({
    status: 400,
    details: { fieldErrors: { "authConfigs.0.data.name": ["Must not contain U+0000"] } },
  });
  // In a key too (a JSON column refuses it just the same).
  await expect(
    createApp(admin, { name: "Nul scopes", server: { url: "https://api.example.com" }, authConfigs: [{ type: "oauth2", data: { flowType: "client_credentials", tokenEndpoint: "https://idp.example.com/token", clientId: "c", clientSecret: "s", scopes: { "a\u0000": "A" } } }] }, context()),
  ).rejects.toMatchObject({ status: 400, details: { fieldErrors: { "authConfigs.0.data.scopes.a\\u0000": ["Must not contain U+0000"] } } });
  expect(await db.oAuthApp.count({ where: { organizationId: admin.organizationId } })).toBe(0);
  // Without the byte the same body is stored.
  await expect(createOAuthApp(admin, hdpApp, context())).resolves.toMatchObject({ name: "nul_app" });
});
