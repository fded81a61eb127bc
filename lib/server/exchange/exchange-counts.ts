import "server-only";
// Exchanges per workload × integration per day (`exchange_counts`): the cached path is counted,
// not audited row by row. Counts gather in memory and are added to the table at most every two
// seconds (one upsert per pair), so a hot exchange costs no write; `flushExchangeCounts` writes now.
// A clean shutdown (SIGTERM, SIGINT) writes them before the process exits (lib/server/shutdown.ts);
// a crash or `kill -9` loses at most the last two seconds of counts (audit rows are not affected).
// The state is kept on globalThis: the shutdown hook (loaded by instrumentation.ts) and the route
// handlers may be separate bundles of this module in one process.
import { db, Prisma } from "@/lib/server/db/client";

export type ExchangeResult = "served" | "obtained" | "refused";

type Pending = { contentId: string; integrationId: bigint; day: string; served: number; obtained: number; refused: number; lastAt: Date; lastResult: string };

const FLUSH_AFTER_MS = 2000;
type State = { pending: Map<string, Pending>; timer: ReturnType<typeof setTimeout> | null; flushing: Promise<void> };
const globalForCounts = globalThis as unknown as { exchangeCounts?: State };
const state = (globalForCounts.exchangeCounts ??= { pending: new Map(), timer: null, flushing: Promise.resolve() });
const { pending } = state;

/** Notes one exchange; `detail` is the result's short label shown on the workload page. */
export function countExchange(contentId: string, integrationId: bigint, result: ExchangeResult, detail: string = result): void {
  const now = new Date();
  const day = now.toISOString().slice(0, 10);
  const key = `${contentId}|${integrationId}|${day}`;
  const entry = pending.get(key) ?? { contentId, integrationId, day, served: 0, obtained: 0, refused: 0, lastAt: now, lastResult: detail };
  entry[result] += 1;
  entry.lastAt = now;
  entry.lastResult = detail.slice(0, 200);
  pending.set(key, entry);
  if (!state.timer) {
    state.timer = setTimeout(() => void flushExchangeCounts(), FLUSH_AFTER_MS);
    state.timer.unref?.();
  }
}

/** Writes what is pending (also called by tests, and before a reader needs the figures). */
export function flushExchangeCounts(): Promise<void> {
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  const entries = [...pending.values()];
  pending.clear();
  state.flushing = state.flushing.then(async () => {
    for (const e of entries) {
      try {
        await db.$executeRaw(Prisma.sql`
          INSERT INTO exchange_counts (content_id, integration_id, day, served, obtained, refused, last_at, last_result)
          VALUES (${e.contentId}::uuid, ${e.integrationId}, ${e.day}::date, ${e.served}, ${e.obtained}, ${e.refused}, ${e.lastAt}, ${e.lastResult})
          ON CONFLICT (content_id, integration_id, day) DO UPDATE SET
            served = exchange_counts.served + EXCLUDED.served,
            obtained = exchange_counts.obtained + EXCLUDED.obtained,
            refused = exchange_counts.refused + EXCLUDED.refused,
            last_at = GREATEST(exchange_counts.last_at, EXCLUDED.last_at),
            last_result = CASE WHEN EXCLUDED.last_at >= exchange_counts.last_at THEN EXCLUDED.last_result ELSE exchange_counts.last_result END`);
      } catch {
        // The workload or integration was deleted meanwhile (foreign key): nothing to count.
      }
    }
  });
  return state.flushing;
}
