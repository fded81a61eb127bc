// HDP's document says what the handlers do: the serializers' output (lib/dialects/hdp/oauth.ts)
// validates against it, a body carrying a secret HDP itself would return does not, and the access
// metadata the proofs read is HDP's (admins write apps; a profile is its owner's, reached by an
// administrator only through ?user=).
import { describe, expect, test } from "vitest";
import { buildDocument } from "@/lib/contract/build-document";
import type { OAuthAppDto } from "@/lib/schemas/oauth-apps";
import type { OAuthProfileDto } from "@/lib/schemas/oauth-profiles";
import { bodyValidator, operationById, operationsOf } from "@/test/support/openapi-document";
import { hdpErrorBody } from "./errors";
import { toHdpOAuthApp, toHdpOAuthProfile } from "./oauth";
import { hdpContract } from "./openapi";

const document = buildDocument(hdpContract);
const validate = bodyValidator(document);

const app: OAuthAppDto = {
  id: 17,
  name: "salesforce_prod",
  dataStore: 1,
  dataStoreName: "Salesforce",
  tenantId: "7d1f0c8e-4b1a-4c55-9a0e-0f7f9b1d2c3a",
  description: "",
  clientId: "client-17",
  authorizeURI: "https://login.example.com/authorize",
  tokenURI: "https://login.example.com/token",
  scope: "api refresh_token",
  clientSecretSet: true,
  clientSecretUpdatedAt: "2026-11-20T10:00:00.000Z",
  clientSecretExpiresAt: "2027-11-20T10:00:00.000Z",
  profileCount: 2,
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-21T10:00:00.000Z",
  version: 3,
};

const profile: OAuthProfileDto = {
  id: 33,
  name: "my_profile",
  description: "mine",
  oauthAppId: 17,
  oauthAppName: "salesforce_prod",
  dataStore: 1,
  authorizeURI: app.authorizeURI,
  tokenURI: app.tokenURI,
  scope: app.scope,
  owner: { id: "0b6f6c3e-9a6d-4a57-8a3b-1c2d3e4f5a6b", email: "pat@example.com" },
  state: "needs_reauthorization",
  accessTokenSet: false,
  accessTokenUpdatedAt: null,
  accessTokenExpiresAt: null,
  refreshTokenSet: true,
  refreshTokenUpdatedAt: "2026-11-20T10:00:00.000Z",
  lastRefreshedAt: "2026-11-21T09:00:00.000Z",
  lastRefreshError: "invalid_grant",
  createdAt: "2026-11-20T10:00:00.000Z",
  updatedAt: "2026-11-21T10:00:00.000Z",
  version: 5,
};

describe("the HDP document", () => {
  test("describes every object the serializers return, and nothing more", () => {
    const hdpApp = toHdpOAuthApp(app);
    const hdpProfile = toHdpOAuthProfile(profile);
    expect(validate("getOAuthApplication", 200, hdpApp)).toBeNull();
    expect(validate("createOAuthApplication", 201, hdpApp)).toBeNull();
    expect(validate("listOAuthApplications", 200, { applications: [hdpApp, hdpApp] })).toBeNull();
    expect(validate("getOAuthProfile", 200, hdpProfile)).toBeNull();
    expect(validate("listOAuthProfiles", 200, { profiles: [] })).toBeNull();
    expect(validate("refreshOAuthProfile", 200, { ...hdpProfile, refresh: { status: "coalesced" } })).toBeNull();
    expect(validate("getOAuthProfileStats", 200, { dataSourcesLinked: 0, dataStoreId: 1, dataSources: [] })).toBeNull();
    expect(validate("getOAuthProfile", "default", hdpErrorBody("222207710", "Invalid OAuthProfileId: 30"))).toBeNull();
  });

  test("a body with a secret HDP would return fails the document", () => {
    expect(validate("getOAuthApplication", 200, { ...toHdpOAuthApp(app), clientSecret: "canary" })).toMatch(/additional/);
    expect(validate("getOAuthProfile", 200, { ...toHdpOAuthProfile(profile), accessToken: "canary" })).toMatch(/additional/);
    expect(validate("listOAuthProfiles", 200, { profiles: [{ ...toHdpOAuthProfile(profile), refreshToken: "canary" }] })).toMatch(/additional/);
    expect(validate("getOAuthProfile", "default", { error: { code: 404, message: "no" } })).not.toBeNull();
  });

  test("applications: publishers read, administrators write, within the organisation", () => {
    for (const { path, op } of operationsOf(document).filter((o) => o.path.startsWith("/api/mgmt/oauthapps"))) {
      const write = op.operationId !== "listOAuthApplications" && op.operationId !== "getOAuthApplication";
      expect(op["x-permission"], String(op.operationId)).toBe(write ? "oauthApp.write" : "oauthApp.read");
      expect(op["x-roles"]).toEqual(write ? ["admin"] : ["admin", "publisher"]);
      expect(op["x-ownership"]).toBe(path.endsWith("{id}") ? "organisation" : "none");
      expect(op["x-on-behalf"]).toBeUndefined();
    }
    expect(operationById(document, "deleteOAuthApplication").op["x-if-match"]).toBe(true);
  });

  test("profiles: every role reaches its own; another user's is 404 unless an administrator names them with ?user=", () => {
    const profileOps = operationsOf(document).filter((o) => o.path.startsWith("/api/mgmt/oauthprofiles"));
    expect(profileOps).toHaveLength(7);
    for (const { path, op } of profileOps) {
      const id = String(op.operationId);
      expect(op["x-permission"], id).toBe("oauthProfile.own");
      expect(op["x-roles"], id).toEqual(["admin", "publisher", "viewer"]);
      expect(op["x-on-behalf"], id).toEqual({ query: "user", permission: "oauthProfile.actForUser", roles: ["admin"], refusal: 403, unknownUser: 404 });
      if (path.includes("{id}")) {
        expect(op["x-ownership"], id).toBe("user");
        expect(op["x-object"], id).toEqual({ param: "id", type: "oauthProfile" });
        expect(op["x-refusal"], id).toEqual({ role: 403, otherOrganisation: 404, otherUser: 404, missing: 404 });
      } else {
        expect(op["x-ownership"], id).toBe("none");
      }
    }
    expect(Object.keys(operationById(document, "refreshOAuthProfile").op.responses as object)).toEqual(
      expect.arrayContaining(["200", "400", "409", "502"]),
    );
  });
});
