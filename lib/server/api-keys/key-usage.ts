import "server-only";
// API keys' "last used" time without a write on the request path: uses are noted in memory and
// written every FLUSH_MS in one statement for all keys (an array parameter, not one per key).
// A crash loses at most FLUSH_MS of "last used" times; nothing else depends on them.
import { db } from "@/lib/server/db/client";
import { log } from "@/lib/server/log";

const FLUSH_MS = 5_000;

type State = { pending: Map<string, Date>; timer: NodeJS.Timeout | null };
const globalForUsage = globalThis as unknown as { apiKeyUsage?: State };
const state = (globalForUsage.apiKeyUsage ??= { pending: new Map(), timer: null });

export function noteKeyUse(keyId: string, at: Date): void {
  state.pending.set(keyId, at);
  state.timer ??= setTimeout(() => {
    flushKeyUses().catch((error: Error) => log.warn({ err: error.message }, "api keys: writing last-used times failed"));
  }, FLUSH_MS).unref();
}

/** Writes the noted uses now (tests, shutdown). */
export async function flushKeyUses(): Promise<void> {
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  if (state.pending.size === 0) return;
  const uses = [...state.pending];
  state.pending.clear();
  await db.$executeRaw`
    UPDATE api_keys k SET last_used_at = u.at
      FROM unnest(${uses.map(([id]) => id)}::uuid[], ${uses.map(([, at]) => at.toISOString())}::timestamp[]) AS u(id, at)
     WHERE k.id = u.id AND (k.last_used_at IS NULL OR k.last_used_at < u.at)`;
}
