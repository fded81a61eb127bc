import "server-only";
// The refresh_token grant (RFC 6749 §6) for a stored credential, safe across instances.
//
// The credential's row is locked (SELECT … FOR UPDATE) for the whole exchange, so a second
// refresh of the same credential waits; when it gets the lock it sees that `generation` moved
// since it looked, and returns "coalesced" instead of calling the provider again. That makes two
// simultaneous refreshes one provider call, and the second can never send a refresh token the
// first one's rotation has just consumed (which a provider may treat as token theft and answer by
// revoking the whole grant).
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
  /** Runs in the refresh's transaction with its outcome (audit it there). */
  onOutcome?: (tx: Tx, outcome: RefreshOutcome) => Promise<void>;
  timeoutMs?: number;
};

// The lock is held across one provider call (timeout 5 s by default); waiters queue behind it.
const TRANSACTION = { maxWait: 10_000, timeout: 30_000 };

const describeError = (error: string, description?: string) => (description ? `${error}: ${description}` : error).slice(0, 600);

export async function refreshCredential({ ref, client, onOutcome, timeoutMs }: RefreshCredential): Promise<RefreshOutcome> {
  const key = { resourceType_resourceId: { resourceType: ref.resourceType, resourceId: ref.resourceId } };
  const seen = await db.oAuthCredential.findUnique({ where: key, select: { generation: true } });

  return db.$transaction(async (tx) => {
    const finish = async (outcome: RefreshOutcome) => {
      await onOutcome?.(tx, outcome);
      return outcome;
    };
    const [locked] = await tx.$queryRaw<{ generation: number }[]>`
      SELECT generation FROM oauth_credentials
       WHERE resource_type = ${ref.resourceType} AND resource_id = ${ref.resourceId}
         FOR UPDATE`;
    if (!seen || !locked) return finish({ status: "no_credential" });
    if (locked.generation !== seen.generation) return finish({ status: "coalesced" });

    const refreshToken = await readSecretValueForUse(ref.resourceType, ref.resourceId, fieldsOf(ref).refreshToken, client.tokenUrl, tx);
    if (!refreshToken) return finish({ status: "no_credential" });

    const result = await requestToken({
      client,
      params: { grant_type: "refresh_token", refresh_token: refreshToken },
      sensitive: [refreshToken],
      timeoutMs,
    });

    if (result.ok) {
      await storeTokens(
        tx,
        ref,
        {
          accessToken: result.accessToken,
          refreshToken: result.refreshToken && result.refreshToken !== refreshToken ? result.refreshToken : undefined,
          expiresIn: result.expiresIn,
          tokenType: result.tokenType,
          scope: result.scope,
          expiresAt: null,
          endpoint: client.tokenUrl,
        },
        { refreshed: true },
      );
      const facts = await tx.oAuthCredential.findUniqueOrThrow({ where: key, select: { accessTokenExpiresAt: true } });
      return finish({
        status: "refreshed",
        rotated: Boolean(result.refreshToken && result.refreshToken !== refreshToken),
        accessTokenExpiresAt: facts.accessTokenExpiresAt,
      });
    }

    const failure = { error: result.error, ...(result.errorDescription ? { errorDescription: result.errorDescription } : {}) };
    if (result.transient) return finish({ status: "unreachable", ...failure });

    const needsReauthorization = result.error === "invalid_grant";
    await tx.oAuthCredential.update({
      where: key,
      data: {
        ...(needsReauthorization ? { state: "needs_reauthorization" } : {}),
        lastRefreshError: describeError(result.error, result.errorDescription),
        generation: { increment: 1 },
        updatedAt: new Date(),
      },
    });
    return finish({ status: needsReauthorization ? "needs_reauthorization" : "rejected", ...failure });
  }, TRANSACTION);
}
