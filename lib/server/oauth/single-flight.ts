import "server-only";
// One provider call across every instance for a row that needs a new token: whoever takes the
// row's lease (an `UPDATE … SET lease_until = now() + n WHERE <the lease is free and the work is
// still needed> RETURNING`, no transaction held open) does the work; everyone else re-reads the
// row with jittered backoff until it says what happened (a new generation, a cooldown, the row
// gone) — or the lease comes free without an answer, and they try to take it themselves.
// Used by the OAuth engine's refresh (refresh.ts) and the exchange's Service Account cache.

export const LEASE_SECONDS = 30;
const FIRST_DELAY_MS = 10;
const MAX_DELAY_MS = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type SingleFlight<T> = {
  /** Takes the lease; true when this caller won it and must do the work (then release it). */
  take: () => Promise<boolean>;
  /** After a lost race: the answer the winner left (or the reason to stop), or undefined to wait on. */
  settled: () => Promise<T | undefined>;
  /** How long to wait for the holder before giving up with `timedOut()`. */
  waitLimitMs: number;
  timedOut: () => T;
};

/** "leased": do the work; otherwise what `settled` (or `timedOut`) answered. */
export async function leaseOrWait<T>({ take, settled, waitLimitMs, timedOut }: SingleFlight<T>): Promise<{ leased: true } | { leased: false; value: T }> {
  const started = Date.now();
  for (let delay = FIRST_DELAY_MS; ; delay = Math.min(delay * 2, MAX_DELAY_MS)) {
    if (await take()) return { leased: true };
    const value = await settled();
    if (value !== undefined) return { leased: false, value };
    if (Date.now() - started > waitLimitMs) return { leased: false, value: timedOut() };
    await sleep(delay + Math.floor(Math.random() * delay));
  }
}

export const MAX_COOLDOWN_SECONDS = 300;

/**
 * SQL: when a row whose `failures` column counts the failures before this one may call its
 * provider again — 2, 4, 8 … up to 300 s after now (the exponent is capped so it never overflows).
 */
export const COOLDOWN_UNTIL_SQL = `now() + make_interval(secs => LEAST(${MAX_COOLDOWN_SECONDS}, power(2, LEAST(failures, 16) + 1)::int))`;
