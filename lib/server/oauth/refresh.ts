import "server-only";
// The refresh_token grant (RFC 6749 §6) for a stored credential, safe across instances.
//
// A refresh takes a lease on the credential's row — one `UPDATE … SET lease_until = now() + 30 s
// WHERE generation = <seen> AND the lease is free RETURNING` — and releases it when it has stored
// the outcome. No transaction is open and no pool connection is held while the provider answers.
// Whoever does not get the lease waits (re-reading with backoff): when `generation` has moved, the
// winner's tokens are there and it returns "coalesced" without calling the provider; when the
// lease was released (or expired) without a new generation (a network failure changes nothing),
// it tries to take the lease itself. So simultaneous refreshes make one provider call, and none
// can send a refresh token the winner's rotation has just consumed (which a provider may treat as
// token theft and answer by revoking the whole grant).
//
// Outcomes: a new access token (and a rotated refresh token when the provider sends one) is
// stored; `invalid_grant` marks the credential `needs_reauthorization`; another OAuth error is
// recorded as the last refresh error; a network failure, timeout or 5xx changes nothing.
import type { Tx } from "@/lib/server/db/client";
import { db } from "@/lib/server/db/client";
import { readSecretValueForUse } from "@/lib/server/secrets/secret-store";
import { fieldsOf, storeTokens, type CredentialRef } from "./credentials";
import { requestToken, type OAuthClient } from "./token-request";

export type RefreshOutcome =
  | { status: "refreshed"; rotated: boolean; accessTokenExpiresAt: Date | null }
  /** Another refresh of this credential answered while this one waited for it. */
  | { status: "coalesced" }
  | { status: "needs_reauthorization"; error: string; errorDescription?: string }
  /** The provider refused for another reason (`invalid_client`, …); recorded, state unchanged. */
  | { status: "rejected"; error: string; errorDescription?: string }
  /** Network, timeout or a 5xx: nothing was changed. */
  | { status: "unreachable"; error: string; errorDescription?: string }
  | { status: "no_credential" };

export type RefreshCredential = {
  ref: CredentialRef;
  client: OAuthClient;
  /** Runs in the transaction that records the outcome (audit it there). */
  onOutcome?: (tx: Tx, outcome: RefreshOutcome) => Promise<void>;
  timeoutMs?: number;
  /** Lifetime given to an access token whose response has no `expires_in` (else: unknown). */
  defaultExpiresIn?: number;
};

const LEASE_SECONDS = 30;
const WAIT_LIMIT_MS = 20_000;

const describeError = (error: string, description?: string) => (description ? `${error}: ${description}` : error).slice(0, 600);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Seen = { generation: number };

/** Takes the lease when the credential is still at `generation` and nobody holds it. */
async function takeLease(ref: CredentialRef, generation: number): Promise<boolean> {
  const rows = await db.$queryRaw<{ generation: number }[]>`
    UPDATE oauth_credentials SET lease_until = now() + make_interval(secs => ${LEASE_SECONDS})
     WHERE resource_type = ${ref.resourceType} AND resource_id = ${ref.resourceId}
       AND generation = ${generation} AND (lease_until IS NULL OR lease_until < now())
    RETURNING generation`;
  return rows.length === 1;
}

/** Waits for the holder of the lease: "moved" when it stored something, "free" when it let go without. */
async function waitForHolder(ref: CredentialRef, seen: Seen): Promise<"moved" | "free" | "gone"> {
  const started = Date.now();
  for (let delay = 10; Date.now() - started < WAIT_LIMIT_MS; delay = Math.min(delay * 2, 250)) {
    await sleep(delay + Math.floor(Math.random() * delay));
    const [row] = await db.$queryRaw<{ generation: number; leased: boolean }[]>`
      SELECT generation, (lease_until IS NOT NULL AND lease_until >= now()) AS leased
        FROM oauth_credentials WHERE resource_type = ${ref.resourceType} AND resource_id = ${ref.resourceId}`;
    if (!row) return "gone";
    if (row.generation !== seen.generation) return "moved";
    if (!row.leased) return "free";
  }
  return "free";
}

export async function refreshCredential({ ref, client, onOutcome, timeoutMs, defaultExpiresIn }: RefreshCredential): Promise<RefreshOutcome> {
  const key = { resourceType_resourceId: { resourceType: ref.resourceType, resourceId: ref.resourceId } };
  const finish = async (outcome: RefreshOutcome, write?: (tx: Tx) => Promise<void>) => {
    if (write || onOutcome) {
      await db.$transaction(async (tx) => {
        await write?.(tx);
        await onOutcome?.(tx, outcome);
      });
    }
    return outcome;
  };

  const seen = await db.oAuthCredential.findUnique({ where: key, select: { generation: true } });
  if (!seen) return finish({ status: "no_credential" });
  for (;;) {
    if (await takeLease(ref, seen.generation)) break;
    const waited = await waitForHolder(ref, seen);
    if (waited === "gone") return finish({ status: "no_credential" });
    if (waited === "moved") return finish({ status: "coalesced" });
  }

  const release = (tx: Tx | typeof db) => tx.oAuthCredential.updateMany({ where: { resourceType: ref.resourceType, resourceId: ref.resourceId }, data: { leaseUntil: null } });
  let result;
  let refreshToken: string | null = null;
  try {
    refreshToken = await readSecretValueForUse(ref.resourceType, ref.resourceId, fieldsOf(ref).refreshToken, client.tokenUrl);
    if (!refreshToken) return await finish({ status: "no_credential" }, async (tx) => void (await release(tx)));
    result = await requestToken({
      client,
      params: { grant_type: "refresh_token", refresh_token: refreshToken },
      sensitive: [refreshToken],
      timeoutMs,
    });
  } catch (error) {
    await release(db);
    throw error;
  }

  if (result.ok) {
    const rotated = Boolean(result.refreshToken && result.refreshToken !== refreshToken);
    let accessTokenExpiresAt: Date | null = null;
    const outcome = async (tx: Tx) => {
      await storeTokens(
        tx,
        ref,
        {
          accessToken: result.accessToken,
          // No refresh_token in the answer keeps the stored one.
          refreshToken: rotated ? result.refreshToken : undefined,
          expiresIn: result.expiresIn ?? defaultExpiresIn,
          tokenType: result.tokenType,
          scope: result.scope,
          expiresAt: null,
          endpoint: client.tokenUrl,
        },
        { refreshed: true },
      );
      await release(tx);
      accessTokenExpiresAt = (await tx.oAuthCredential.findUniqueOrThrow({ where: key, select: { accessTokenExpiresAt: true } })).accessTokenExpiresAt;
    };
    await db.$transaction(async (tx) => {
      await outcome(tx);
      await onOutcome?.(tx, { status: "refreshed", rotated, accessTokenExpiresAt });
    });
    return { status: "refreshed", rotated, accessTokenExpiresAt };
  }

  const failure = { error: result.error, ...(result.errorDescription ? { errorDescription: result.errorDescription } : {}) };
  if (result.transient) return finish({ status: "unreachable", ...failure }, async (tx) => void (await release(tx)));

  const needsReauthorization = result.error === "invalid_grant";
  return finish({ status: needsReauthorization ? "needs_reauthorization" : "rejected", ...failure }, async (tx) => {
    await tx.oAuthCredential.update({
      where: key,
      data: {
        ...(needsReauthorization ? { state: "needs_reauthorization" } : {}),
        lastRefreshError: describeError(result.error, result.errorDescription),
        generation: { increment: 1 },
        leaseUntil: null,
        updatedAt: new Date(),
      },
    });
  });
}
