// Applies Prisma migrations (`migrate deploy`) in a child process, as start-up and tests do.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { env } from "../../lib/env";

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, "../..");

export async function runMigrations(databaseUrl: string): Promise<void> {
  const cli = require.resolve("prisma/build/index.js");
  const output: Buffer[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--require", path.join(root, "scripts/lib/unref-long-timers.cjs"), cli, "migrate", "deploy"],
      { cwd: root, env: { ...env.snapshot(), DATABASE_URL: databaseUrl }, stdio: ["ignore", "pipe", "pipe"] },
    );
    child.stdout.on("data", (c: Buffer) => output.push(c));
    child.stderr.on("data", (c: Buffer) => output.push(c));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) {
    // The CLI's output names the failing migration; it never holds a secret (the URL is in env).
    throw new Error(`database migration failed (exit ${code}):\n${Buffer.concat(output).toString()}`);
  }
}
