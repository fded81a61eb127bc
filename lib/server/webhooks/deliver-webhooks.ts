import "server-only";
// The outbox's reader: claims due deliveries, sends each signed, records the attempt and schedules
// the next one. Safe with any number of console instances on one database:
//
// - a claim is one UPDATE over rows picked with FOR UPDATE SKIP LOCKED that sets a lease (a time
//   and a fresh token): two instances never claim the same row, and a row whose holder died
//   (kill -9 mid-attempt) becomes due again when its lease runs out;
// - the outcome is written only by the lease's holder (WHERE lease_token = its token), so a late
//   answer from a holder whose lease expired cannot overwrite a newer attempt.
//
// A delivery is retried with exponential backoff over about 24 hours (10 attempts); when the last
// fails the endpoint is marked failing, and an endpoint failing for 3 days is disabled (audited).
// Requests go through the SSRF guard provider calls use (vetted and pinned address, 5 s, 64 KiB).
import { env } from "@/lib/env";
import { TEST_EVENT } from "@/lib/schemas/webhooks";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import { db } from "@/lib/server/db/client";
import { log } from "@/lib/server/log";
import { guardedRequest } from "@/lib/server/oauth/ssrf-guard";
import { readSecretValueForUse } from "@/lib/server/secrets/secret-store";
import { systemClock, type Clock } from "./clock";
import { PREVIOUS_SIGNING_SECRET_FIELD, SIGNING_SECRET_FIELD, signedHeaders } from "./signing";
import { WEBHOOK_RESOURCE } from "./webhook-dto";

/** Seconds before attempt n+1 after attempt n failed (n = 1…9): 30 s … 8 h, about 24 h in all. */
export const RETRY_DELAYS_S = [30, 120, 600, 1800, 3600, 7200, 14_400, 28_800, 28_800];
export const MAX_ATTEMPTS = RETRY_DELAYS_S.length + 1;
export const DISABLE_AFTER_MS = 3 * 24 * 60 * 60 * 1000;
export const LEASE_MS = 30_000;
export const TIMEOUT_MS = 5_000;
export const EXCERPT_BYTES = 1024;

type Claimed = {
  id: bigint;
  webhook_id: string;
  event_id: string;
  attempts: number;
  lease_token: string;
  url: string;
  organization_id: string;
  previous_secret_until: Date | null;
  payload: unknown;
  created_at: Date;
};

/** The first `EXCERPT_BYTES` bytes of a response body (whole characters only). */
export function excerpt(body: string): string {
  const bytes = Buffer.from(body, "utf8");
  if (bytes.length <= EXCERPT_BYTES) return body;
  return bytes.subarray(0, EXCERPT_BYTES).toString("utf8").replace(/\uFFFD+$/, "");
}

async function claim(now: Date, limit: number): Promise<Claimed[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  return db.$queryRaw<Claimed[]>`
    WITH due AS (
      SELECT d.id FROM webhook_deliveries d
        JOIN webhooks w ON w.id = d.webhook_id
        JOIN webhook_events ev ON ev.id = d.event_id
       WHERE (w.enabled OR ev.type = ${TEST_EVENT}) AND d.status = 'pending' AND d.next_attempt_at <= ${now} AND (d.lease_until IS NULL OR d.lease_until < ${now})
       ORDER BY d.next_attempt_at
       LIMIT ${limit}
       FOR UPDATE OF d SKIP LOCKED
    )
    UPDATE webhook_deliveries d
       SET lease_until = ${leaseUntil}, lease_token = gen_random_uuid(), attempts = d.attempts + 1
      FROM due, webhooks w, webhook_events e
     WHERE d.id = due.id AND w.id = d.webhook_id AND e.id = d.event_id
    RETURNING d.id, d.webhook_id::text, d.event_id::text, d.attempts, d.lease_token::text, w.url, w.organization_id::text,
              w.previous_secret_until, e.payload, d.created_at`;
}

type Outcome = { ok: boolean; statusCode: number | null; error: string | null; body: string; durationMs: number };

async function send(row: Claimed, now: Date): Promise<Outcome> {
  const started = performance.now();
  try {
    const secrets: string[] = [];
    const current = await readSecretValueForUse(WEBHOOK_RESOURCE, row.webhook_id, SIGNING_SECRET_FIELD, row.url);
    if (current) secrets.push(current);
    if (row.previous_secret_until && row.previous_secret_until > now) {
      const previous = await readSecretValueForUse(WEBHOOK_RESOURCE, row.webhook_id, PREVIOUS_SIGNING_SECRET_FIELD, row.url);
      if (previous) secrets.push(previous);
    }
    if (secrets.length === 0) throw new Error("no signing secret");
    const body = JSON.stringify(row.payload);
    // The signed time is the real one (receivers check it against their clock), whatever the scheduling clock says.
    const headers = signedHeaders(row.event_id, body, secrets);
    const response = await guardedRequest(row.url, {
      method: "POST",
      headers: { ...headers, "content-type": "application/json", "user-agent": "integration-console-webhooks/1" },
      body,
      timeoutMs: TIMEOUT_MS,
      allowPrivateNetwork: env.allowPrivateNetwork(),
      label: "webhook endpoint",
    });
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, error: ok ? null : `HTTP ${response.status}`, body: response.body, durationMs: Math.round(performance.now() - started) };
  } catch (error) {
    // OutboundRequestError/AppError messages name the host and the reason, never a secret.
    const message = error instanceof Error ? error.message : "request failed";
    return { ok: false, statusCode: null, error: message.slice(0, 300), body: "", durationMs: Math.round(performance.now() - started) };
  }
}

async function record(row: Claimed, outcome: Outcome, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const exhausted = !outcome.ok && row.attempts >= MAX_ATTEMPTS;
    const status = outcome.ok ? "delivered" : exhausted ? "failed" : "pending";
    const next = outcome.ok || exhausted ? now : new Date(now.getTime() + RETRY_DELAYS_S[Math.min(row.attempts, RETRY_DELAYS_S.length) - 1] * 1000);
    const updated = await tx.webhookDelivery.updateMany({
      where: { id: row.id, leaseToken: row.lease_token },
      data: {
        status,
        nextAttemptAt: next,
        leaseUntil: null,
        leaseToken: null,
        lastStatusCode: outcome.statusCode,
        ...(status !== "pending" && { finishedAt: now }),
      },
    });
    if (updated.count === 0) return; // the lease ran out and another attempt took over
    await tx.webhookAttempt.create({
      data: {
        deliveryId: row.id,
        webhookId: row.webhook_id,
        attemptedAt: now,
        statusCode: outcome.statusCode,
        durationMs: outcome.durationMs,
        error: outcome.error,
        responseExcerpt: excerpt(outcome.body),
      },
    });
    if (outcome.ok) {
      await tx.webhook.updateMany({ where: { id: row.webhook_id, status: "failing" }, data: { status: "active", failingSince: null } });
    } else if (exhausted) {
      // Failing since this delivery's first attempt: 24 h of failures already.
      await tx.$executeRaw`
        UPDATE webhooks SET status = 'failing', failing_since = COALESCE(failing_since, ${row.created_at}), updated_at = ${now}
         WHERE id = ${row.webhook_id}::uuid AND status = 'active'`;
    }
  });
}

/** Disables endpoints failing for 3 days; each one audited. Returns their ids. */
export async function disableLongFailing(now: Date): Promise<string[]> {
  const cutoff = new Date(now.getTime() - DISABLE_AFTER_MS);
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; organization_id: string; url: string }[]>`
      UPDATE webhooks SET status = 'disabled', enabled = false, disabled_at = ${now}, updated_at = ${now}, version = version + 1
       WHERE status = 'failing' AND failing_since <= ${cutoff}
      RETURNING id::text, organization_id::text, url`;
    for (const row of rows) {
      await recordAuditEvent(tx, {
        actor: null,
        actorLabel: "system",
        organizationId: row.organization_id,
        action: "webhook.disable",
        outcome: "failure",
        resourceType: WEBHOOK_RESOURCE,
        resourceId: row.id,
        detail: "disabled after 3 days of failed deliveries",
        context: { requestId: `webhook-worker-${crypto.randomUUID()}`, ip: null },
      });
    }
    return rows.map((r) => r.id);
  });
}

/**
 * One round: claims up to `limit` due deliveries, sends them concurrently, records each outcome.
 * Returns how many were attempted.
 */
export async function deliverDueWebhooks({ clock = systemClock, limit = 20 }: { clock?: Clock; limit?: number } = {}): Promise<number> {
  const now = clock();
  const rows = await claim(now, limit);
  await Promise.all(
    rows.map(async (row) => {
      const outcome = await send(row, now);
      try {
        await record(row, outcome, clock());
      } catch (error) {
        log.error({ err: error instanceof Error ? error.message : String(error), delivery: String(row.id) }, "webhooks: could not record an attempt; it is retried when its lease runs out");
      }
    }),
  );
  return rows.length;
}
