// The OAuth engine against a real authorization server (oidc-provider on loopback): the
// authorization-code flow with PKCE through the provider's own login and consent pages, token
// storage, refresh with rotation, revocation, concurrent refreshes and network failures.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keyring } from "@/lib/server/crypto/master-key";
import { decryptSecret } from "@/lib/server/crypto/secret-box";
import { db } from "@/lib/server/db/client";
import {
  beginAuthorization,
  completeAuthorization,
  refreshCredential,
  storeTokens,
  type CredentialRef,
  type OAuthClient,
} from "@/lib/server/oauth";
import { s256 } from "@/lib/server/oauth/pkce";
import { readStoredSecret } from "@/test/support/stored-secret";
import { createOrganization } from "../../support/fixtures";
import { consentAtProvider } from "../../support/oauth-consent";
import { startOAuthServer, type TestOAuthServer } from "../../support/oauth-server";

const REDIRECT = "http://127.0.0.1:9/oauth/callback"; // never followed: the test reads the redirect
const CODE_CLIENT = { client_id: "engine-app", client_secret: "engine-secret-7f3a9c", redirect_uris: [REDIRECT] };

let provider: TestOAuthServer;
let client: OAuthClient;

beforeAll(async () => {
  provider = await startOAuthServer({ authorizationCodeClients: [CODE_CLIENT] });
  client = { tokenUrl: provider.tokenUrl, clientId: CODE_CLIENT.client_id, clientSecret: CODE_CLIENT.client_secret, authMethod: "client_secret_basic" };
});
afterAll(() => provider?.stop());

const userId = () => randomUUID();

async function begin(organizationId: string, user: string, binding?: string) {
  return beginAuthorization({
    organizationId,
    userId: user,
    target: { kind: "engineTest", data: { label: "x" } },
    authorizeUrl: provider.authorizeUrl,
    clientId: CODE_CLIENT.client_id,
    scope: "openid",
    redirectUri: REDIRECT,
    binding,
  });
}

/** A credential holding tokens from a real consent, as Connect leaves it. */
async function connected() {
  const organization = await createOrganization();
  const user = userId();
  const begun = await begin(organization.id, user);
  const callback = await consentAtProvider(begun.authorizationUrl);
  const { result } = await completeAuthorization({
    state: callback.searchParams.get("state"),
    code: callback.searchParams.get("code"),
    userId: user,
    binding: begun.binding,
    resolveClient: async () => client,
  });
  if (!result.ok) throw new Error(`exchange failed: ${result.error}`);
  const ref: CredentialRef = { organizationId: organization.id, resourceType: "engineTest", resourceId: randomUUID() };
  await db.$transaction((tx) => storeTokens(tx, ref, result));
  return { ref, tokens: result };
}

const read = (ref: CredentialRef, field: string) => readStoredSecret(ref.resourceType, ref.resourceId, field);
const facts = (ref: CredentialRef) =>
  db.oAuthCredential.findUniqueOrThrow({ where: { resourceType_resourceId: { resourceType: ref.resourceType, resourceId: ref.resourceId } } });

describe("authorization code with PKCE", () => {
  it("sends S256 PKCE and state, keeps only hashes and ciphertext, and exchanges the code", async () => {
    const organization = await createOrganization();
    const user = userId();
    const begun = await begin(organization.id, user);
    const url = new URL(begun.authorizationUrl);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("response_type")).toBe("code");
    expect(url.searchParams.get("redirect_uri")).toBe(REDIRECT);
    const state = url.searchParams.get("state")!;
    const challenge = url.searchParams.get("code_challenge")!;
    expect(state.length).toBeGreaterThanOrEqual(43);

    const row = await db.oAuthPendingFlow.findFirstOrThrow({ where: { organizationId: organization.id } });
    const stored = JSON.stringify({ ...row, verifier: Buffer.from(row.verifier).toString("latin1") });
    expect(stored).not.toContain(state);
    expect(stored).not.toContain(begun.binding);
    expect(row.targetData).toEqual({ label: "x" });
    // The stored (encrypted) verifier is the one whose S256 challenge went to the provider.
    const verifier = decryptSecret(keyring().all, { keyId: row.verifierKeyId, wrappedKey: Buffer.from(row.verifierKey), ciphertext: Buffer.from(row.verifier) }, {
      resourceType: "oauthPendingFlow",
      resourceId: row.id,
      field: "codeVerifier",
    });
    expect(s256(verifier)).toBe(challenge);
    expect(stored).not.toContain(verifier);

    const callback = await consentAtProvider(begun.authorizationUrl);
    expect(callback.searchParams.get("state")).toBe(state);
    const before = provider.issuedAccessTokens.length;
    const { flow, result } = await completeAuthorization({
      state,
      code: callback.searchParams.get("code"),
      userId: user,
      binding: begun.binding,
      resolveClient: async () => client,
    });
    expect(flow).toMatchObject({ organizationId: organization.id, userId: user, target: { kind: "engineTest", id: null, data: { label: "x" } } });
    expect(JSON.stringify(flow)).not.toMatch(/verifier/i);
    expect(result).toMatchObject({ ok: true, tokenType: "Bearer", expiresIn: 3600 });
    if (!result.ok) throw new Error("unreachable");
    expect(result.accessToken).toBe(provider.issuedAccessTokens[before]);
    expect(result.refreshToken).toBe(provider.issuedRefreshTokens.at(-1));
    expect(await db.oAuthPendingFlow.count({ where: { organizationId: organization.id } })).toBe(0);
  });

  it("refuses a replayed state, another user, another browser and an expired flow", async () => {
    const organization = await createOrganization();
    const user = userId();
    const complete = (state: string | null, who: string, binding: string) =>
      completeAuthorization({ state, code: "x", userId: who, binding, resolveClient: async () => client });

    const first = await begin(organization.id, user);
    const state1 = new URL(first.authorizationUrl).searchParams.get("state");
    await expect(complete(state1, userId(), first.binding)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/another user/) });
    // The failed attempt consumed it: a state is single use.
    await expect(complete(state1, user, first.binding)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/unknown or was already used/) });

    const second = await begin(organization.id, user);
    await expect(complete(new URL(second.authorizationUrl).searchParams.get("state"), user, "another-browser-binding-value-0123456789")).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/another browser/),
    });

    const third = await begin(organization.id, user, first.binding);
    expect(third.binding).toBe(first.binding);
    await db.oAuthPendingFlow.updateMany({ where: { organizationId: organization.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(complete(new URL(third.authorizationUrl).searchParams.get("state"), user, first.binding)).rejects.toMatchObject({ status: 400, message: expect.stringMatching(/expired/) });

    await expect(complete(null, user, first.binding)).rejects.toMatchObject({ status: 400 });
  });

  it("reports the provider's refusal without calling the token endpoint", async () => {
    const organization = await createOrganization();
    const user = userId();
    const begun = await begin(organization.id, user);
    const calls = provider.tokenRequests();
    const { result } = await completeAuthorization({
      state: new URL(begun.authorizationUrl).searchParams.get("state"),
      code: null,
      error: "access_denied",
      errorDescription: "End-User aborted interaction",
      userId: user,
      binding: begun.binding,
      resolveClient: async () => client,
    });
    expect(result).toEqual({ ok: false, error: "access_denied", errorDescription: "End-User aborted interaction", transient: false });
    expect(provider.tokenRequests()).toBe(calls);
  });

  it("refuses an authorization endpoint that is not http(s)", async () => {
    const organization = await createOrganization();
    await expect(
      beginAuthorization({ organizationId: organization.id, userId: null, target: { kind: "engineTest" }, authorizeUrl: "javascript:alert(1)", clientId: "x", redirectUri: REDIRECT }),
    ).rejects.toMatchObject({ status: 400 });
  });
});

describe("refresh", () => {
  it("stores the new access token and the rotated refresh token, and returns neither", async () => {
    const { ref, tokens } = await connected();
    const before = await facts(ref);
    const outcome = await refreshCredential({ ref, client });
    expect(outcome).toMatchObject({ status: "refreshed", rotated: true });
    const newAccess = await read(ref, "accessToken");
    const newRefresh = await read(ref, "refreshToken");
    expect(newAccess).toBe(provider.issuedAccessTokens.at(-1));
    expect(newAccess).not.toBe(tokens.accessToken);
    expect(newRefresh).toBe(provider.issuedRefreshTokens.at(-1));
    expect(newRefresh).not.toBe(tokens.refreshToken);
    const serialized = JSON.stringify(outcome);
    for (const token of [newAccess!, newRefresh!, tokens.accessToken, tokens.refreshToken!]) expect(serialized).not.toContain(token);
    const after = await facts(ref);
    expect(after.generation).toBe(before.generation + 1);
    expect(after.lastRefreshedAt).not.toBeNull();
    expect(after.accessTokenExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 3500_000);
    // The rotated token works: a second refresh succeeds.
    expect(await refreshCredential({ ref, client })).toMatchObject({ status: "refreshed" });
  });

  it("makes one provider call for two simultaneous refreshes, and loses no rotated token", async () => {
    const { ref } = await connected();
    const calls = provider.tokenRequests();
    const outcomes = await Promise.all([refreshCredential({ ref, client }), refreshCredential({ ref, client })]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["coalesced", "refreshed"]);
    expect(provider.tokenRequests()).toBe(calls + 1);
    expect(await read(ref, "refreshToken")).toBe(provider.issuedRefreshTokens.at(-1));
    expect(await refreshCredential({ ref, client })).toMatchObject({ status: "refreshed" });
    expect((await facts(ref)).state).toBe("active");
  });

  it("marks a revoked credential as needing reauthorization and keeps its tokens", async () => {
    const { ref } = await connected();
    const refreshToken = (await read(ref, "refreshToken"))!;
    const accessToken = await read(ref, "accessToken");
    await provider.revoke(refreshToken, CODE_CLIENT);
    const outcome = await refreshCredential({ ref, client });
    expect(outcome).toMatchObject({ status: "needs_reauthorization", error: "invalid_grant" });
    const after = await facts(ref);
    expect(after.state).toBe("needs_reauthorization");
    expect(after.lastRefreshError).toMatch(/^invalid_grant/);
    expect(after.lastRefreshError).not.toContain(refreshToken);
    expect(await read(ref, "accessToken")).toBe(accessToken);
    // New tokens (Reconnect) make it active again.
    await db.$transaction((tx) => storeTokens(tx, ref, { accessToken: "new-access-token-1", refreshToken: "new-refresh-token-1" }));
    expect(await facts(ref)).toMatchObject({ state: "active", lastRefreshError: null });
  });

  it("changes nothing when the provider cannot be reached", async () => {
    const { ref } = await connected();
    // Tokens are only sent to the endpoint they were stored for: make that endpoint a dead one.
    await db.secret.updateMany({ where: { resourceId: ref.resourceId }, data: { endpoint: "http://127.0.0.1:9/token" } });
    const before = await facts(ref);
    const secretsBefore = await db.secret.findMany({ where: { resourceId: ref.resourceId }, orderBy: { field: "asc" } });
    const outcome = await refreshCredential({ ref, client: { ...client, tokenUrl: "http://127.0.0.1:9/token" } });
    expect(outcome).toMatchObject({ status: "unreachable", error: "connection_failed" });
    expect(await facts(ref)).toEqual(before);
    expect(await db.secret.findMany({ where: { resourceId: ref.resourceId }, orderBy: { field: "asc" } })).toEqual(secretsBefore);
  });

  it("records another refusal (a wrong client secret) without asking for reauthorization", async () => {
    const { ref } = await connected();
    const outcome = await refreshCredential({ ref, client: { ...client, clientSecret: "wrong-secret-0000" } });
    expect(outcome).toMatchObject({ status: "rejected", error: "invalid_client" });
    const after = await facts(ref);
    expect(after.state).toBe("active");
    expect(after.lastRefreshError).toMatch(/^invalid_client/);
    expect(after.lastRefreshError).not.toContain("wrong-secret-0000");
    expect(await refreshCredential({ ref, client })).toMatchObject({ status: "refreshed" });
    expect((await facts(ref)).lastRefreshError).toBeNull();
  });

  it("runs onOutcome in the refresh's transaction and answers no_credential for an unknown one", async () => {
    const { ref } = await connected();
    const seen: string[] = [];
    await refreshCredential({ ref, client, onOutcome: async (tx, outcome) => void seen.push(`${outcome.status}:${await tx.oAuthCredential.count({ where: { resourceId: ref.resourceId } })}`) });
    expect(seen).toEqual(["refreshed:1"]);
    expect(await refreshCredential({ ref: { ...ref, resourceId: randomUUID() }, client })).toEqual({ status: "no_credential" });
  });
});
