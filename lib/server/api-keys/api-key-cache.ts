import "server-only";
// An in-process cache of API-key lookups, so an authenticated request costs no extra round trip.
// Safe across instances: every change that could end or alter a key's access (revocation, expiry,
// user or membership disabled, role, organisation) fires a PostgreSQL trigger that NOTIFYs
// `auth_changed` on commit (migration api_key_cache); each instance LISTENs and drops its whole
// cache when one arrives — within milliseconds, on every instance. While the LISTEN connection is
// down (or not yet up) nothing is served from the cache, and it is emptied on reconnect, so a
// missed notification can never keep a revoked key alive. Entries also expire after TTL_MS.
import pg from "pg";
import { databaseUrl } from "@/lib/env";
import { log } from "@/lib/server/log";

const TTL_MS = 30_000;
const MAX_ENTRIES = 10_000;
const RECONNECT_MS = 500;
export const AUTH_CHANGED_CHANNEL = "auth_changed";

type Entry<T> = { value: T; until: number };

class AuthCache<T> {
  private entries = new Map<string, Entry<T>>();
  private generation = 0;
  private listening = false;
  private client: pg.Client | null = null;
  private starting: Promise<void> | null = null;

  /** The cached value, or null when absent, expired, or while invalidation is not guaranteed. */
  get(key: string): T | null {
    this.start();
    if (!this.listening) return null;
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.until <= Date.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  /** Call before reading the database; pass the token to `set` so a read that raced an invalidation is not cached. */
  token(): number {
    return this.generation;
  }

  set(key: string, value: T, token: number): void {
    if (!this.listening || token !== this.generation) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(key, { value, until: Date.now() + TTL_MS });
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  private start(): void {
    if (this.client || this.starting) return;
    this.starting = this.connect().finally(() => {
      this.starting = null;
    });
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: databaseUrl() });
    const lost = (error?: Error) => {
      if (this.client !== client) return;
      this.listening = false;
      this.client = null;
      this.clear();
      if (error) log.warn({ err: error.message }, "api-key cache: LISTEN connection lost; cache off until it is back");
      client.end().catch(() => undefined);
      setTimeout(() => this.start(), RECONNECT_MS).unref();
    };
    this.client = client;
    client.on("notification", () => this.clear());
    client.on("error", lost);
    client.on("end", () => lost());
    try {
      await client.connect();
      await client.query(`LISTEN ${AUTH_CHANGED_CHANNEL}`);
      this.clear(); // anything cached before now predates the subscription
      this.listening = true;
    } catch (error) {
      lost(error as Error);
    }
  }
}

const globalForCache = globalThis as unknown as { apiKeyCache?: AuthCache<unknown> };

export function apiKeyCache<T>(): AuthCache<T> {
  globalForCache.apiKeyCache ??= new AuthCache<unknown>();
  return globalForCache.apiKeyCache as AuthCache<T>;
}
