// Runs once when the Next.js server starts. When started by `npm start`, the server follows its
// launcher: if the launcher is killed (even with SIGKILL), the server exits instead of holding the
// port, so the next `npm start` comes up cleanly.
export async function register() {
  // eslint-disable-next-line no-restricted-properties -- inlined by Next at build time, per runtime
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const launcher = env.launcherPid();
  if (!launcher) return;
  setInterval(() => {
    if (process.ppid !== launcher) process.exit(0);
  }, 1000).unref();
}
