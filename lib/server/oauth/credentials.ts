import "server-only";
// Where an OAuth credential's tokens live: two fields of the secret store under the caller's
// resource (`CredentialRef`), plus one `oauth_credentials` row of non-secret facts (state, expiry,
// last refresh and its error) that refreshes lock. Every write of tokens goes through here.
import type { Tx } from "@/lib/server/db/client";
import { sameEndpoint } from "@/lib/server/secrets/endpoint-binding";
import { clearSecret, putSecret, storedEndpoints } from "@/lib/server/secrets/secret-store";
import type { TokenSet } from "./token-request";

/** "Where the tokens go": the secret-store resource, and the field names for the two tokens. */
export type CredentialRef = {
  organizationId: string;
  resourceType: string;
  resourceId: string;
  fields?: { accessToken?: string; refreshToken?: string };
};

export const CREDENTIAL_STATES = ["active", "needs_reauthorization"] as const;
export type CredentialState = (typeof CREDENTIAL_STATES)[number];

export const fieldsOf = (ref: CredentialRef) => ({
  accessToken: ref.fields?.accessToken ?? "accessToken",
  refreshToken: ref.fields?.refreshToken ?? "refreshToken",
});

/** Tokens to store. Omitted (or empty) tokens keep the stored ones. */
export type StoredTokens = Partial<Pick<TokenSet, "accessToken" | "refreshToken" | "refreshTokenExpiresIn" | "tokenType" | "scope">> & {
  /**
   * The token URL these tokens are for: the refresh token is only ever sent there. Omitted =
   * bound to no endpoint, so never sent (a refresh is refused until tokens come with one).
   */
  endpoint?: string;
  /** Seconds from now, as providers say it… */
  expiresIn?: number;
  /** …or an instant; null when unknown (pasted tokens). */
  expiresAt?: Date | null;
};

export type StoreTokensOptions = {
  /** A refresh grant's answer: records the refresh time and clears the last error. */
  refreshed?: boolean;
};

/**
 * Writes tokens and their facts in the caller's transaction; the credential becomes `active`.
 * Locks the credential row (the upsert's UPDATE), so it waits for a refresh in flight and the
 * refresh after it sees the new generation.
 */
export async function storeTokens(tx: Tx, ref: CredentialRef, tokens: StoredTokens, options: StoreTokensOptions = {}): Promise<void> {
  const fields = fieldsOf(ref);
  const now = new Date();
  const expiresAt = tokens.expiresIn !== undefined ? new Date(now.getTime() + tokens.expiresIn * 1000) : (tokens.expiresAt ?? null);
  const accessTokenGiven = Boolean(tokens.accessToken);
  const facts = {
    state: "active",
    // A new access token brings its own expiry (unknown = null); keeping the old token keeps its expiry.
    ...(accessTokenGiven || tokens.expiresIn !== undefined ? { accessTokenExpiresAt: expiresAt } : {}),
    ...(accessTokenGiven ? { tokenType: tokens.tokenType ?? null, scope: tokens.scope ?? null } : {}),
    ...(options.refreshed ? { lastRefreshedAt: now } : {}),
    lastRefreshError: null,
    // New tokens end a cooldown after failed refreshes.
    failures: 0,
    cooldownUntil: null,
    updatedAt: now,
  };
  await tx.oAuthCredential.upsert({
    where: { resourceType_resourceId: { resourceType: ref.resourceType, resourceId: ref.resourceId } },
    create: { organizationId: ref.organizationId, resourceType: ref.resourceType, resourceId: ref.resourceId, ...facts, generation: 1 },
    update: { ...facts, generation: { increment: 1 } },
  });
  const endpoint = tokens.endpoint ?? null;
  if (tokens.accessToken) await putSecret(tx, ref, fields.accessToken, tokens.accessToken, endpoint);
  if (tokens.refreshToken) {
    // Its lapse, when the provider said (the expiry reminders and "Expiring soon" read it).
    const refreshExpiresAt = tokens.refreshTokenExpiresIn !== undefined ? new Date(now.getTime() + tokens.refreshTokenExpiresIn * 1000) : null;
    await putSecret(tx, ref, fields.refreshToken, tokens.refreshToken, endpoint, { expiresAt: refreshExpiresAt });
  }
  // A token kept across this write but stored for another endpoint is dropped, never re-bound:
  // re-binding would let a new endpoint receive a refresh token issued by the old one.
  const kept = [!tokens.accessToken && fields.accessToken, !tokens.refreshToken && fields.refreshToken].filter((f): f is string => Boolean(f));
  if (tokens.endpoint && kept.length > 0) {
    for (const row of await storedEndpoints(tx, ref.resourceType, ref.resourceId, kept)) if (!sameEndpoint(row.endpoint, tokens.endpoint)) await clearSecret(tx, ref, row.field);
  }
}

/**
 * Marks a credential as needing its user to connect again (the tokens can no longer be used: the
 * provider said `invalid_grant`, or its endpoint moved). Its tokens stay stored, never sent again
 * until a new connection replaces them. Returns how many credentials changed state.
 */
export async function markNeedsReauthorization(tx: Tx, ref: Pick<CredentialRef, "resourceType" | "resourceId">, reason: string): Promise<number> {
  const { count } = await tx.oAuthCredential.updateMany({
    where: { resourceType: ref.resourceType, resourceId: ref.resourceId, state: { not: "needs_reauthorization" } },
    data: { state: "needs_reauthorization", lastRefreshError: reason.slice(0, 600), generation: { increment: 1 }, leaseUntil: null, updatedAt: new Date() },
  });
  return count;
}

/** Removes a credential: its tokens and its facts. */
export async function deleteCredential(tx: Tx, ref: CredentialRef): Promise<void> {
  const fields = fieldsOf(ref);
  await clearSecret(tx, ref, fields.accessToken);
  await clearSecret(tx, ref, fields.refreshToken);
  await tx.oAuthCredential.deleteMany({ where: { resourceType: ref.resourceType, resourceId: ref.resourceId } });
}

/** Non-secret facts about one credential, for DTOs. */
export type CredentialFacts = {
  state: CredentialState;
  accessTokenExpiresAt: Date | null;
  lastRefreshedAt: Date | null;
  lastRefreshError: string | null;
};

export async function readCredentialFacts(tx: Tx, ref: CredentialRef): Promise<CredentialFacts | null> {
  const row = await tx.oAuthCredential.findUnique({
    where: { resourceType_resourceId: { resourceType: ref.resourceType, resourceId: ref.resourceId } },
    select: { state: true, accessTokenExpiresAt: true, lastRefreshedAt: true, lastRefreshError: true },
  });
  return row ? { ...row, state: row.state === "needs_reauthorization" ? "needs_reauthorization" : "active" } : null;
}
