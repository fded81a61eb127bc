import "server-only";
// Decrypted tokens kept in this process for a few seconds, keyed by the row that holds them and
// its `generation`: any new token (on any instance) moves the generation, so a stale entry is never
// served — the database read that comes first on every exchange says which generation is current.
// It saves the secret read and the AES-GCM unwrap on the hot path.
import { readAccessTokenToHandOut } from "@/lib/server/secrets/secret-store";

const MAX_ENTRIES = 2000;
const TTL_MS = 30_000;

type Entry = { generation: number; token: string; until: number };
const entries = new Map<string, Entry>();

export function memoizedToken(key: string, generation: number): string | null {
  const entry = entries.get(key);
  if (!entry) return null;
  if (entry.generation !== generation || entry.until < Date.now()) {
    entries.delete(key);
    return null;
  }
  return entry.token;
}

export function memoizeToken(key: string, generation: number, token: string): void {
  if (entries.size >= MAX_ENTRIES) entries.clear();
  entries.set(key, { generation, token, until: Date.now() + TTL_MS });
}

export function forgetToken(key: string): void {
  entries.delete(key);
}

/** The access token stored under (resourceType, resourceId) at `generation`: from memory, else decrypted once and kept. */
export async function handedOutToken(key: string, generation: number, resourceType: string, resourceId: string): Promise<string | null> {
  const memo = memoizedToken(key, generation);
  if (memo) return memo;
  const token = await readAccessTokenToHandOut(resourceType, resourceId);
  if (token) memoizeToken(key, generation, token);
  return token;
}

/** Whole seconds until `at` (never negative); undefined when the expiry is unknown. */
export const secondsUntil = (at: Date | null) => (at ? Math.max(0, Math.floor((at.getTime() - Date.now()) / 1000)) : undefined);
