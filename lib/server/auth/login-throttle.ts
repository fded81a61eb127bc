import "server-only";
// Failed sign-in limits, kept in PostgreSQL (table rate_limits) so every app instance shares
// them: 10 failures per account per 15 minutes, 50 per client IP per 15 minutes.
//
// An attempt takes its point before the password is checked (one atomic increment in
// PostgreSQL), and a success gives it back. Checking first and counting after the slow argon2
// verification let a burst of parallel guesses all pass the check before any was counted.
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { databaseUrl } from "@/lib/env";

export const ACCOUNT_LIMIT = 10;
export const IP_LIMIT = 50;
const WINDOW_SECONDS = 15 * 60;

let limiters: { account: RateLimiterPostgres; ip: RateLimiterPostgres; refusalAudit: RateLimiterPostgres } | undefined;

function get() {
  if (!limiters) {
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: 2, allowExitOnIdle: true });
    const options = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, duration: WINDOW_SECONDS };
    limiters = {
      account: new RateLimiterPostgres({ ...options, keyPrefix: "login-account", points: ACCOUNT_LIMIT }),
      ip: new RateLimiterPostgres({ ...options, keyPrefix: "login-ip", points: IP_LIMIT }),
      // One point per account and per address per window: the first refusal is audited, the rest only counted.
      refusalAudit: new RateLimiterPostgres({ ...options, keyPrefix: "login-refused", points: 1 }),
    };
  }
  return limiters;
}

const accountKey = (account: string) => account.trim().toLowerCase();

/**
 * Takes one attempt from the account's and the client IP's allowance, before the password is
 * checked. Seconds until the caller may try again when either is used up (the attempt must then
 * be refused unchecked), else 0.
 */
export async function takeLoginAttempt(account: string, ip: string | null): Promise<number> {
  const { account: byAccount, ip: byIp } = get();
  const taken = await Promise.allSettled([byAccount.consume(accountKey(account), 1), ip ? byIp.consume(ip, 1) : Promise.resolve(null)]);
  let waitMs = 0;
  for (const result of taken) {
    if (result.status === "fulfilled") continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    waitMs = Math.max(waitMs, result.reason.msBeforeNext, 1000);
  }
  return Math.ceil(waitMs / 1000);
}

/** A successful sign-in gives its attempt back; `clearAccount` also forgets the account's failures. */
export async function refundLoginAttempt(account: string, ip: string | null, { clearAccount = false } = {}): Promise<void> {
  const { account: byAccount, ip: byIp } = get();
  await Promise.all([clearAccount ? byAccount.delete(accountKey(account)) : byAccount.reward(accountKey(account), 1), ip ? byIp.reward(ip, 1) : undefined]);
}

/**
 * Whether this throttled attempt is the first refusal in the window for its account and for its
 * client IP: only that one is audited, the others are counted here (table rate_limits). A burst
 * of refused guesses — at one account from many addresses, or at many accounts from one — adds
 * one audit row, and takes the audit chain's lock once, rather than one per guess.
 */
export async function firstRefusalInWindow(account: string, ip: string | null): Promise<boolean> {
  const { refusalAudit } = get();
  const keys = [`account:${accountKey(account)}`, ...(ip ? [`ip:${ip}`] : [])];
  const taken = await Promise.allSettled(keys.map((key) => refusalAudit.consume(key, 1)));
  for (const result of taken) {
    if (result.status === "rejected" && !(result.reason instanceof RateLimiterRes)) throw result.reason;
  }
  return taken.every((result) => result.status === "fulfilled");
}
