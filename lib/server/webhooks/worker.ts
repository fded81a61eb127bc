import "server-only";
// The webhook worker and the reminder schedule, started once per console process
// (instrumentation.ts). Every instance runs them: deliveries are claimed with a lease and the
// reminder job takes a per-organisation lock, so running several changes nothing but speed.
import pg from "pg";
import { databaseUrl, env } from "@/lib/env";
import { log } from "@/lib/server/log";
import { deliverDueWebhooks, disableLongFailing } from "./deliver-webhooks";
import { WEBHOOK_OUTBOX_CHANNEL } from "./enqueue-webhook-event";
import { runAllExpiryReminders } from "./expiry-reminders";

const POLL_MS = 1_000;
const RECONNECT_MS = 5_000;
const SWEEP_MS = 60_000;
const REMINDERS_MS = 15 * 60_000;

const state = globalThis as unknown as { webhookWorker?: { stop: () => void } };

export function startWebhookWorker(): void {
  if (state.webhookWorker || !env.webhookWorker()) return;
  let running = false;
  let again = false;
  const tick = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      // Keep going while full batches come back (a backlog), else wait for the next poll.
      while ((await deliverDueWebhooks()) >= 20 || again) again = false;
    } catch (error) {
      log.warn({ err: error instanceof Error ? error.message : String(error) }, "webhooks: delivery round failed; retrying on the next poll");
    } finally {
      running = false;
    }
  };
  const guard = (name: string, run: () => Promise<unknown>) => () =>
    run().catch((error) => log.warn({ err: error instanceof Error ? error.message : String(error) }, `webhooks: ${name} failed; retrying on schedule`));
  const timers = [
    setInterval(() => void tick(), POLL_MS),
    setInterval(guard("disabling failing endpoints", () => disableLongFailing(new Date())), SWEEP_MS),
    setInterval(guard("expiry reminders", () => runAllExpiryReminders()), REMINDERS_MS),
  ];
  for (const timer of timers) timer.unref();
  // An event is sent as soon as its transaction has committed, by whichever instance claims it
  // first: PostgreSQL notifies every listener on commit. Without the connection, polling still works.
  let listener: pg.Client | null = null;
  let stopped = false;
  const listen = async () => {
    const client = new pg.Client({ connectionString: databaseUrl() });
    const lost = (error?: Error) => {
      if (listener !== client) return;
      listener = null;
      if (error) log.warn({ err: error.message }, "webhooks: LISTEN connection lost; polling until it is back");
      client.end().catch(() => undefined);
      if (!stopped) setTimeout(() => void listen(), RECONNECT_MS).unref();
    };
    listener = client;
    client.on("notification", () => void tick());
    client.on("error", lost);
    client.on("end", () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${WEBHOOK_OUTBOX_CHANNEL}`);
    } catch (error) {
      lost(error as Error);
    }
  };
  void listen();
  setTimeout(guard("expiry reminders", () => runAllExpiryReminders()), 10_000).unref();
  state.webhookWorker = {
    stop: () => {
      stopped = true;
      for (const timer of timers) clearInterval(timer);
      const client = listener;
      listener = null;
      client?.end().catch(() => undefined);
      state.webhookWorker = undefined;
    },
  };
}
