import "server-only";
// A Service Account integration's client-credentials token, served from the encrypted cache
// (`service_token_cache` + the secret store under ("service_token", row id)) until its `refresh_at`:
// its expiry minus the template's buffer (lib/templates/token-buffer.ts; default min(5 minutes,
// 10 % of its lifetime)).
//
// A miss is one provider call across every instance (lib/server/oauth/single-flight.ts): the
// caller that wins
//   UPDATE … SET lease_until = now() + 30 s WHERE id = … AND the lease is free AND still stale AND
//   not cooling down RETURNING
// calls the provider with no transaction open, stores the token (generation + 1) and releases the
// lease; everyone else re-reads with backoff until the token is fresh (or a cooldown appears).
// After a provider failure the row cools down (2, 4, 8 … up to 300 s): exchanges meanwhile get the
// 502 with the last error instead of calling a broken provider again.
import { AppError, isAppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { recordAuditEvent, recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { db, Prisma } from "@/lib/server/db/client";
import { INTEGRATION_RESOURCE } from "@/lib/server/integrations/integration-dto";
import { COOLDOWN_UNTIL_SQL, LEASE_SECONDS, leaseOrWait } from "@/lib/server/oauth/single-flight";
import { requestToken } from "@/lib/server/oauth/token-request";
import { putSecret } from "@/lib/server/secrets/secret-store";
import { getTemplate } from "@/lib/templates/registry";
import { serviceTokenBufferSeconds } from "@/lib/templates/token-buffer";
import { serviceAccountClient, type IntegrationRow } from "./integration-client";
import { handedOutToken, memoizeToken, secondsUntil } from "./token-memo";

export const SERVICE_TOKEN_RESOURCE = "service_token";
const WAIT_LIMIT_MS = 15_000;

/** The cache row as the exchange's first query reads it (null: no row yet). */
export type CachedServiceToken = { id: bigint; generation: number; fresh: boolean; expiresAt: Date | null };

export type IssuedToken = { accessToken: string; expiresIn?: number; tokenType: string; obtained: boolean };

/** SQL: the row's token is still good to hand out (until its expiry minus the template's buffer). */
export const FRESH_SQL = `(c.refresh_at IS NOT NULL AND c.refresh_at > now())`;

/** One key per request shape: the integration's version (a changed config gets a new token), scope and resource. */
export const serviceCacheKey = (version: number, scope: string | undefined, resource: string | undefined) =>
  `v${version}|${(scope ?? "").split(/\s+/).filter(Boolean).sort().join(" ")}|${resource ?? ""}`;

async function serve(id: bigint, generation: number, expiresAt: Date | null): Promise<IssuedToken> {
  const token = await handedOutToken(`svc:${id}`, generation, SERVICE_TOKEN_RESOURCE, String(id));
  if (!token) throw new AppError("internal", "The cached token is missing.");
  return { accessToken: token, expiresIn: secondsUntil(expiresAt), tokenType: "Bearer", obtained: false };
}

type Input = {
  actor: Actor;
  context: RequestContext;
  integration: IntegrationRow & { name: string };
  contentGuid: string;
  cacheKey: string;
  cached: CachedServiceToken | null;
  scope?: string;
  resource?: string;
};

type RowState = { generation: number; fresh: boolean; expires_at: Date | null; cooling: boolean; cooldown_until: Date | null; last_error: string | null };

const coolingDown = (integration: IntegrationRow, row: Pick<RowState, "cooldown_until" | "last_error">) =>
  new AppError("upstream_failed", `The provider of OAuth integration ${integration.guid} failed (${row.last_error ?? "unknown error"}); retrying after a cooldown.`, {
    retryAfterSeconds: Math.max(1, secondsUntil(row.cooldown_until) ?? 1),
  });

export async function serviceAccountToken(input: Input): Promise<IssuedToken> {
  const { integration, cached } = input;
  if (cached?.fresh) return serve(cached.id, cached.generation, cached.expiresAt);

  let [row] = await db.$queryRaw<{ id: bigint }[]>`
    WITH inserted AS (
      INSERT INTO service_token_cache (organization_id, integration_id, cache_key)
      VALUES (${integration.organizationId}::uuid, ${integration.id}, ${input.cacheKey})
      ON CONFLICT (integration_id, cache_key) DO NOTHING RETURNING id)
    SELECT id FROM inserted UNION ALL
    SELECT id FROM service_token_cache WHERE integration_id = ${integration.id} AND cache_key = ${input.cacheKey}
    LIMIT 1`;
  // A concurrent first exchange inserted the row after this statement's snapshot: a new statement sees it.
  if (!row) [row] = await db.$queryRaw<{ id: bigint }[]>`SELECT id FROM service_token_cache WHERE integration_id = ${integration.id} AND cache_key = ${input.cacheKey}`;
  if (!row) throw new AppError("conflict", "The integration changed during the exchange. Try again.");
  const { id } = row;

  const flight = await leaseOrWait<IssuedToken | AppError>({
    take: async () =>
      (
        await db.$queryRawUnsafe<{ generation: number }[]>(
          `UPDATE service_token_cache c SET lease_until = now() + make_interval(secs => ${LEASE_SECONDS})
            WHERE c.id = $1 AND (c.lease_until IS NULL OR c.lease_until < now()) AND NOT ${FRESH_SQL}
              AND (c.cooldown_until IS NULL OR c.cooldown_until <= now())
           RETURNING c.generation`,
          id,
        )
      ).length === 1,
    settled: async () => {
      const [row] = await db.$queryRawUnsafe<RowState[]>(
        `SELECT c.generation, ${FRESH_SQL} AS fresh, c.expires_at, (c.cooldown_until IS NOT NULL AND c.cooldown_until > now()) AS cooling,
                c.cooldown_until, c.last_error
           FROM service_token_cache c WHERE c.id = $1`,
        id,
      );
      if (!row) return new AppError("conflict", "The integration changed during the exchange. Try again.");
      if (row.fresh) return serve(id, row.generation, row.expires_at);
      if (row.cooling) return coolingDown(integration, row);
      return undefined;
    },
    waitLimitMs: WAIT_LIMIT_MS,
    timedOut: () => new AppError("upstream_failed", `The provider of OAuth integration ${integration.guid} did not answer in time.`),
  });
  if (flight.leased) return obtain(input, id);
  if (isAppError(flight.value)) throw flight.value;
  return flight.value;
}

async function obtain(input: Input, id: bigint): Promise<IssuedToken> {
  const { integration, actor, context } = input;
  const release = () => db.serviceTokenCache.updateMany({ where: { id }, data: { leaseUntil: null } });
  let result;
  let tokenUrl: string;
  try {
    const { client, scope, sendScope } = await serviceAccountClient(integration);
    tokenUrl = client.tokenUrl;
    const params: Record<string, string> = { grant_type: "client_credentials" };
    const wantedScope = sendScope ? (input.scope ?? scope) : undefined;
    if (wantedScope) params.scope = wantedScope;
    if (input.resource) params.resource = input.resource;
    result = await requestToken({ client, params });
  } catch (error) {
    await release();
    throw error;
  }
  const audit = {
    actor,
    organizationId: integration.organizationId,
    action: "exchange.tokenObtained",
    resourceType: INTEGRATION_RESOURCE,
    resourceId: integration.guid,
    context,
  } as const;

  if (result.ok) {
    const expiresIn = result.expiresIn ?? env.tokenDefaultLifetimeSeconds();
    const accessToken = result.accessToken;
    const row = await db.$transaction(async (tx) => {
      await putSecret(tx, { organizationId: integration.organizationId, resourceType: SERVICE_TOKEN_RESOURCE, resourceId: String(id) }, "accessToken", accessToken, tokenUrl);
      const now = new Date();
      const expiresAt = new Date(now.getTime() + expiresIn * 1000);
      const refreshAt = new Date(expiresAt.getTime() - serviceTokenBufferSeconds(getTemplate(integration.template), expiresIn) * 1000);
      const updated = await tx.serviceTokenCache.update({
        where: { id },
        data: { expiresAt, refreshAt, obtainedAt: now, generation: { increment: 1 }, leaseUntil: null, failures: 0, cooldownUntil: null, lastError: null },
        select: { generation: true, expiresAt: true },
      });
      await recordAuditEvent(tx, { ...audit, detail: `client-credentials token for workload ${input.contentGuid}, valid ${expiresIn} s` });
      return updated;
    });
    memoizeToken(`svc:${id}`, row.generation, accessToken);
    return { accessToken, expiresIn: secondsUntil(row.expiresAt), tokenType: "Bearer", obtained: true };
  }

  const code = result.error;
  const described = `${code}${result.errorDescription ? `: ${result.errorDescription}` : ""}`.slice(0, 600);
  const [cooled] = await db.$queryRaw<{ cooldown_until: Date }[]>`
    UPDATE service_token_cache
       SET failures = failures + 1, lease_until = NULL, last_error = ${described},
           cooldown_until = ${Prisma.raw(COOLDOWN_UNTIL_SQL)}
     WHERE id = ${id} RETURNING cooldown_until`;
  await recordStandaloneAuditEvent({ ...audit, outcome: "failure", detail: `workload ${input.contentGuid}: provider refused (${described})` });
  throw new AppError("upstream_failed", `The provider of OAuth integration ${integration.guid} refused the token request: ${described}`, {
    retryAfterSeconds: Math.max(1, secondsUntil(cooled?.cooldown_until ?? null) ?? 1),
  });
}
