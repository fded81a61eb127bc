import "server-only";
// The webhook worker and the reminder schedule, started once per console process
// (instrumentation.ts). Every instance runs them: deliveries are claimed with a lease and the
// reminder job takes a per-organisation lock, so running several changes nothing but speed.
import { env } from "@/lib/env";
import { log } from "@/lib/server/log";
import { deliverDueWebhooks, disableLongFailing } from "./deliver-webhooks";
import { onWebhookEnqueued } from "./enqueue-webhook-event";
import { runAllExpiryReminders } from "./expiry-reminders";

const POLL_MS = 500;
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
  // An event queued in this process is sent as soon as its transaction has committed.
  onWebhookEnqueued(() => void setTimeout(() => void tick(), 20).unref());
  setTimeout(guard("expiry reminders", () => runAllExpiryReminders()), 10_000).unref();
  state.webhookWorker = {
    stop: () => {
      for (const timer of timers) clearInterval(timer);
      onWebhookEnqueued(null);
      state.webhookWorker = undefined;
    },
  };
}
