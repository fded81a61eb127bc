// Runs once when the Next.js server starts (Node.js runtime only).
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- inlined by Next at build time, per runtime
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./lib/server/follow-launcher");
    (await import("./lib/server/shutdown")).installShutdownFlush();
  }
}
