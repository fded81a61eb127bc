import "server-only";
// Decrypted tokens kept in this process for a few seconds, keyed by the row that holds them and
// its `generation`: any new token (on any instance) moves the generation, so a stale entry is never
// served — the database read that comes first on every exchange says which generation is current.
// It saves the secret read and the AES-GCM unwrap on the hot path.
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
