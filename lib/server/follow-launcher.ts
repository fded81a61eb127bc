import "server-only";
// When started by `npm start`, the Next.js server follows its launcher: if the launcher is killed
// (even with SIGKILL), the server exits instead of holding the port, so the next `npm start`
// comes up cleanly.
import { env } from "@/lib/env";

const launcher = env.launcherPid();
if (launcher) {
  setInterval(() => {
    if (process.ppid !== launcher) process.exit(0);
  }, 1000).unref();
}
