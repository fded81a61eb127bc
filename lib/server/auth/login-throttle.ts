import "server-only";
// Failed sign-in limits, kept in PostgreSQL (table rate_limits) so every app instance shares
// them: 10 failures per account per 15 minutes, 50 per client IP per 15 minutes.
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { databaseUrl } from "@/lib/env";

export const ACCOUNT_LIMIT = 10;
export const IP_LIMIT = 50;
const WINDOW_SECONDS = 15 * 60;

let limiters: { account: RateLimiterPostgres; ip: RateLimiterPostgres } | undefined;

function get() {
  if (!limiters) {
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: 2, allowExitOnIdle: true });
    const options = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, duration: WINDOW_SECONDS };
    limiters = {
      account: new RateLimiterPostgres({ ...options, keyPrefix: "login-account", points: ACCOUNT_LIMIT }),
      ip: new RateLimiterPostgres({ ...options, keyPrefix: "login-ip", points: IP_LIMIT }),
    };
  }
  return limiters;
}

const accountKey = (email: string) => email.trim().toLowerCase();

/** Seconds until the caller may try again, or 0 when not throttled. */
export async function loginRetryAfter(email: string, ip: string | null): Promise<number> {
  const { account, ip: byIp } = get();
  const checks = await Promise.all([
    account.get(accountKey(email)).then((r) => (r && r.consumedPoints >= ACCOUNT_LIMIT ? r.msBeforeNext : 0)),
    ip ? byIp.get(ip).then((r) => (r && r.consumedPoints >= IP_LIMIT ? r.msBeforeNext : 0)) : 0,
  ]);
  return Math.ceil(Math.max(...checks) / 1000);
}

export async function recordLoginFailure(email: string, ip: string | null): Promise<void> {
  const { account, ip: byIp } = get();
  // penalty() only counts; whether the caller is blocked is decided by loginRetryAfter().
  await Promise.all([
    account.penalty(accountKey(email), 1),
    ip ? byIp.penalty(ip, 1) : undefined,
  ]);
}

export async function clearLoginFailures(email: string): Promise<void> {
  await get().account.delete(accountKey(email));
}
