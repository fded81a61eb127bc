// Runs once when the Next.js server starts (Node.js runtime only).
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- inlined by Next at build time, per runtime
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/server/follow-launcher");
    (await import("./lib/server/shutdown")).installShutdownFlush();
    // Webhook deliveries and the expiry reminder schedule (lib/server/webhooks/worker.ts).
    const { startWebhookWorker } = await import("./lib/server/webhooks/worker");
    startWebhookWorker();
  }
}
