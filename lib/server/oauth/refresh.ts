import "server-only";
// The refresh_token grant (RFC 6749 §6) for a stored credential, safe across instances.
//
// A refresh takes the credential row's lease (single-flight.ts: `UPDATE … SET lease_until = now()
// + 30 s WHERE generation = <seen> AND the lease is free [AND not cooling down] RETURNING`) and
// releases it when it has stored the outcome. No transaction is open and no pool connection is
// held while the provider answers. Whoever does not get the lease re-reads with backoff: when
// `generation` has moved, the winner's tokens are there and it returns "coalesced" without calling
// the provider; when the lease was released (or expired) without a new generation (a network
// failure changes nothing), it tries to take the lease itself. So simultaneous refreshes make one
// provider call, and none can send a refresh token the winner's rotation has just consumed (which
// a provider may treat as token theft and answer by revoking the whole grant).
//
// Outcomes: a new access token (and a rotated refresh token when the provider sends one) is
// stored; `invalid_grant` marks the credential `needs_reauthorization`; another OAuth error is
// recorded as the last refresh error; a network failure, timeout or 5xx changes nothing.
// With `cooldown` (the credential exchange's Viewer tokens), a failure other than invalid_grant
// also starts a cooldown (2, 4, 8 … up to 300 s): until it ends, refreshes of that credential —
// also the ones waiting for the failed one — answer "cooling_down" without calling the provider.
import type { Tx } from "@/lib/server/db/client";
import { db } from "@/lib/server/db/client";
import { readSecretValueForUse } from "@/lib/server/secrets/secret-store";
import { fieldsOf, storeTokens, type CredentialRef } from "./credentials";
import { COOLDOWN_UNTIL_SQL, LEASE_SECONDS, leaseOrWait } from "./single-flight";
import { requestToken, type OAuthClient } from "./token-request";

export type RefreshOutcome =
  | { status: "refreshed"; rotated: boolean; accessTokenExpiresAt: Date | null }
  /** Another refresh of this credential answered while this one waited for it. */
  | { status: "coalesced" }
  | { status: "needs_reauthorization"; error: string; errorDescription?: string }
  /** The provider refused for another reason (`invalid_client`, …); recorded, state unchanged. */
  | { status: "rejected"; error: string; errorDescription?: string }
  /** Network, timeout or a 5xx: nothing was changed (but a cooldown, when asked for). */
  | { status: "unreachable"; error: string; errorDescription?: string }
  | { status: "no_credential" };

/** With `cooldown`, also: a recent failure's cooldown is running, so the provider was not called. */
export type CooledRefreshOutcome = RefreshOutcome | { status: "cooling_down"; error: string; retryAfterSeconds: number };

export type RefreshCredential<Outcome extends CooledRefreshOutcome = RefreshOutcome> = {
  ref: CredentialRef;
  client: OAuthClient;
  /** Runs in the transaction that records the outcome (audit it there). */
  onOutcome?: (tx: Tx, outcome: Outcome) => Promise<void>;
  timeoutMs?: number;
  /** Lifetime given to an access token whose response has no `expires_in` (else: unknown). */
  defaultExpiresIn?: number;
  /** Back off from a failing provider (see above). */
  cooldown?: boolean;
};

const WAIT_LIMIT_MS = 20_000;

const describeError = (error: string, description?: string) => (description ? `${error}: ${description}` : error).slice(0, 600);

type RowState = { generation: number; cooling: boolean; cooldown_until: Date | null; last_refresh_error: string | null };

/** Takes the lease when the credential is still at `generation`, nobody holds it and (with `cooldown`) it is not cooling down. */
async function takeLease(ref: CredentialRef, generation: number, cooldown: boolean): Promise<boolean> {
  const rows = await db.$queryRaw<{ generation: number }[]>`
    UPDATE oauth_credentials SET lease_until = now() + make_interval(secs => ${LEASE_SECONDS})
     WHERE resource_type = ${ref.resourceType} AND resource_id = ${ref.resourceId}
       AND generation = ${generation} AND (lease_until IS NULL OR lease_until < now())
       AND (NOT ${cooldown}::boolean OR cooldown_until IS NULL OR cooldown_until <= now())
    RETURNING generation`;
  return rows.length === 1;
}

/** After a lost race: what the holder of the lease left, or undefined to keep waiting. */
async function settled(ref: CredentialRef, generation: number, cooldown: boolean): Promise<CooledRefreshOutcome | undefined> {
  const [row] = await db.$queryRaw<RowState[]>`
    SELECT generation, (cooldown_until IS NOT NULL AND cooldown_until > now()) AS cooling, cooldown_until, last_refresh_error
      FROM oauth_credentials WHERE resource_type = ${ref.resourceType} AND resource_id = ${ref.resourceId}`;
  if (!row) return { status: "no_credential" };
  if (cooldown && row.cooling) return coolingDown(row);
  if (row.generation !== generation) return { status: "coalesced" };
  return undefined;
}

const coolingDown = (row: Pick<RowState, "cooldown_until" | "last_refresh_error">): CooledRefreshOutcome => ({
  status: "cooling_down",
  error: row.last_refresh_error ?? "unknown error",
  retryAfterSeconds: Math.max(1, Math.ceil(((row.cooldown_until?.getTime() ?? Date.now()) - Date.now()) / 1000)),
});

export function refreshCredential(input: RefreshCredential<CooledRefreshOutcome> & { cooldown: true }): Promise<CooledRefreshOutcome>;
export function refreshCredential(input: RefreshCredential & { cooldown?: false }): Promise<RefreshOutcome>;
export async function refreshCredential({
  ref,
  client,
  onOutcome: report,
  timeoutMs,
  defaultExpiresIn,
  cooldown = false,
}: RefreshCredential<never>): Promise<CooledRefreshOutcome> {
  // Without `cooldown` the outcome is never "cooling_down" (the overloads say which callback type fits).
  const onOutcome = report as ((tx: Tx, outcome: CooledRefreshOutcome) => Promise<void>) | undefined;
  const key = { resourceType_resourceId: { resourceType: ref.resourceType, resourceId: ref.resourceId } };
  const where = { resourceType: ref.resourceType, resourceId: ref.resourceId };
  const finish = async (outcome: CooledRefreshOutcome, write?: (tx: Tx) => Promise<void>) => {
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
  const flight = await leaseOrWait<CooledRefreshOutcome>({
    take: () => takeLease(ref, seen.generation, cooldown),
    settled: () => settled(ref, seen.generation, cooldown),
    waitLimitMs: WAIT_LIMIT_MS,
    timedOut: () => ({ status: "unreachable", error: "temporarily_unavailable", errorDescription: "another refresh of this credential did not finish in time" }),
  });
  if (!flight.leased) return finish(flight.value);

  const release = (tx: Tx | typeof db) => tx.oAuthCredential.updateMany({ where, data: { leaseUntil: null } });
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
    await db.$transaction(async (tx) => {
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
      await onOutcome?.(tx, { status: "refreshed", rotated, accessTokenExpiresAt });
    });
    return { status: "refreshed", rotated, accessTokenExpiresAt };
  }

  const failure = { error: result.error, ...(result.errorDescription ? { errorDescription: result.errorDescription } : {}) };
  const needsReauthorization = result.error === "invalid_grant";
  const described = describeError(result.error, result.errorDescription);
  if (cooldown && !needsReauthorization) {
    // Recorded with the cooldown in one statement; a transient failure keeps the generation, so
    // a refresh after the cooldown still sees the tokens it would have refreshed.
    return finish({ status: result.transient ? "unreachable" : "rejected", ...failure }, async (tx) => {
      await tx.$executeRawUnsafe(
        `UPDATE oauth_credentials SET failures = failures + 1, cooldown_until = ${COOLDOWN_UNTIL_SQL}, lease_until = NULL, last_refresh_error = $3,
                generation = generation + $4, updated_at = now()
          WHERE resource_type = $1 AND resource_id = $2`,
        ref.resourceType,
        ref.resourceId,
        described,
        result.transient ? 0 : 1,
      );
    });
  }
  if (result.transient) return finish({ status: "unreachable", ...failure }, async (tx) => void (await release(tx)));

  return finish({ status: needsReauthorization ? "needs_reauthorization" : "rejected", ...failure }, async (tx) => {
    await tx.oAuthCredential.update({
      where: key,
      data: {
        ...(needsReauthorization ? { state: "needs_reauthorization" } : {}),
        lastRefreshError: described,
        generation: { increment: 1 },
        leaseUntil: null,
        updatedAt: new Date(),
      },
    });
  });
}
