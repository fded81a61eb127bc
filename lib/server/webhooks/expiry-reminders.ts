import "server-only";
// The reminder job: for one organisation, every stored secret whose known expiry is within 30
// days gets `credential.expiring` once per window it is in (30, 7, 1 days before) and
// `credential.expired` once after. Only the window the secret is in now is reminded: one first
// found 5 days before expiry gets the 7-day reminder, never the 30-day one too. Reminders sent are
// rows of `expiry_reminders` keyed by the expiry date, so a secret replaced with a new date starts
// afresh and one replaced without a date is reminded no more.
//
// Several instances (and `npm run console -- reminders run`) may run it at once: a transaction-level
// advisory lock per organisation lets one through, and the reminder rows' primary key would keep
// a second from sending the same reminder anyway. The reminder rows and their events commit together.
import { db, type Tx } from "@/lib/server/db/client";
import { EVERYTHING, EXPIRING_KINDS, findExpiringSecrets, type ExpiringSecret } from "@/lib/server/expiry/expiring-secrets";
import { systemClock, type Clock } from "./clock";
import { enqueueWebhookEvent } from "./enqueue-webhook-event";

const DAY_MS = 86_400_000;
export const REMINDER_WINDOWS = [30, 7, 1] as const;
/** Secrets read per statement; a run goes through all of an organisation's in batches of this many. */
const BATCH = 2_000;
const LOCK_NAMESPACE = 7_240_418; // arbitrary, constant: the reminder job's advisory lock class

/** 0 = expired; else the smallest window the expiry falls in. */
export function reminderWindow(expiresAt: Date, now: Date): number {
  const left = expiresAt.getTime() - now.getTime();
  if (left <= 0) return 0;
  return [...REMINDER_WINDOWS].reverse().find((days) => left <= days * DAY_MS) ?? -1;
}

export type ReminderRun = { organizationId: string; skipped: boolean; sent: number };

export async function runExpiryReminders(organizationId: string, clock: Clock = systemClock, batch = BATCH): Promise<ReminderRun> {
  const now = clock();
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK_NAMESPACE}, hashtext(${organizationId})) AS ok`;
      if (!lock?.ok) return { organizationId, skipped: true, sent: 0 };
      const until = new Date(now.getTime() + REMINDER_WINDOWS[0] * DAY_MS);
      let sent = 0;
      // In keyset batches: secrets long expired (reminded once, kept) sort first and must not hide
      // the ones behind them however many there are.
      for (let after: ExpiringSecret | undefined; ; ) {
        const due = await findExpiringSecrets(organizationId, until, EVERYTHING, batch, tx, after);
        sent += await remindBatch(tx, organizationId, due, now);
        if (due.length < batch) return { organizationId, skipped: false, sent };
        after = due[due.length - 1];
      }
    },
    { timeout: 60_000 },
  );
}

/** Records the batch's reminders not yet sent and queues their events; how many were new. */
async function remindBatch(tx: Tx, organizationId: string, due: ExpiringSecret[], now: Date): Promise<number> {
  const candidates = due.map((s) => ({ ...s, window: reminderWindow(s.expiresAt, now) })).filter((s) => s.window >= 0);
  if (candidates.length === 0) return 0;
  // One statement for the whole batch (arrays are one parameter each): the rows it inserted are the reminders not yet sent.
  const inserted = await tx.$queryRaw<{ resource_type: string; resource_id: string; expires_at: Date; window_days: number }[]>`
    INSERT INTO expiry_reminders (organization_id, resource_type, resource_id, expires_at, window_days, sent_at)
    SELECT ${organizationId}::uuid, t, i, e, w, ${now}
      FROM unnest(${candidates.map((c) => c.resourceType)}::text[], ${candidates.map((c) => c.resourceId)}::text[],
                  ${candidates.map((c) => c.expiresAt)}::timestamp[], ${candidates.map((c) => c.window)}::int[]) AS x(t, i, e, w)
    ON CONFLICT DO NOTHING
    RETURNING resource_type, resource_id, expires_at, window_days`;
  const byKey = new Map(candidates.map((c) => [`${c.resourceType}/${c.resourceId}`, c]));
  for (const row of inserted) {
    const secret = byKey.get(`${row.resource_type}/${row.resource_id}`);
    if (!secret) continue;
    await enqueueWebhookEvent(
      tx,
      organizationId,
      {
        type: row.window_days === 0 ? "credential.expired" : "credential.expiring",
        resource: { type: EXPIRING_KINDS[secret.resourceType].webhookType, id: secret.resourceId, name: secret.name, path: secret.href },
        expiresAt: secret.expiresAt,
        ...(row.window_days > 0 && { windowDays: row.window_days }),
      },
      now,
    );
  }
  return inserted.length;
}

/** Every organisation's job, one after the other (the worker's schedule and `reminders run`). */
export async function runAllExpiryReminders(clock: Clock = systemClock): Promise<ReminderRun[]> {
  const runs: ReminderRun[] = [];
  let after: string | undefined;
  for (;;) {
    const orgs = await db.organization.findMany({ where: after ? { id: { gt: after } } : {}, orderBy: { id: "asc" }, take: 500, select: { id: true } });
    for (const org of orgs) runs.push(await runExpiryReminders(org.id, clock));
    if (orgs.length < 500) return runs;
    after = orgs[orgs.length - 1].id;
  }
}
