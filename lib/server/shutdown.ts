import "server-only";
// A clean shutdown writes what the server keeps in memory for a moment before it exits: the
// credential exchange's counts (2 s buffer) and API keys' last-used times (5 s buffer).
//
// `next start` handles SIGTERM and SIGINT itself: it stops accepting connections, lets requests in
// flight finish, then calls process.exit. The writes must come after that drain (the last requests
// add counts), so on the signal this wraps process.exit: the exit Next calls first flushes — for at
// most FLUSH_LIMIT_MS, so a database that is gone cannot hold the process — then exits. A crash or
// `kill -9` runs nothing: the buffers' last seconds are lost (README, "Configuration").
import { flushKeyUses } from "@/lib/server/api-keys/key-usage";
import { flushExchangeCounts } from "@/lib/server/exchange/exchange-counts";
import { log } from "@/lib/server/log";

const FLUSH_LIMIT_MS = 5_000;

/** Writes every in-memory buffer now (bounded by FLUSH_LIMIT_MS). */
export async function flushBuffers(): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), FLUSH_LIMIT_MS)));
  const writes = Promise.allSettled([flushExchangeCounts(), flushKeyUses()]).then((results) => {
    for (const r of results) if (r.status === "rejected") log.warn({ err: String(r.reason) }, "shutdown: writing buffered figures failed");
    return "done" as const;
  });
  const outcome = await Promise.race([writes, limit]);
  clearTimeout(timer);
  if (outcome === "timeout") log.warn("shutdown: buffered figures were not written in time");
}

const installed = globalThis as unknown as { consoleShutdownHook?: boolean };

/** Once per process: on SIGTERM/SIGINT, the next process.exit flushes the buffers first. */
export function installShutdownFlush(): void {
  if (installed.consoleShutdownHook) return;
  installed.consoleShutdownHook = true;
  const onSignal = () => {
    const exit = process.exit.bind(process);
    let exiting = false;
    process.exit = ((code?: number | string | null) => {
      if (exiting) return undefined as never;
      exiting = true;
      void flushBuffers().finally(() => exit(code ?? undefined));
      return undefined as never;
    }) as typeof process.exit;
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}
