import "server-only";
// Usernames derived from an email address, as the migration derived them for existing accounts:
// the local part reduced to letters, digits, ".", "_" and "-", then "-2", "-3", ... when taken.
import type { Tx } from "@/lib/server/db/client";

export const usernameBase = (email: string) =>
  email.split("@")[0].toLowerCase().replace(/[^a-z0-9._-]+/g, "_").slice(0, 60) || "user";

export async function freeUsername(tx: Tx, email: string): Promise<string> {
  const base = usernameBase(email);
  // Concurrent derivations from one base take turns (until their transactions end): otherwise
  // they all pick the same free name and all but one fail on the unique index.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`username:${base}`}))`;
  // One query for every taken name with this base, rather than one probe per suffix.
  const taken = new Set(
    (await tx.user.findMany({ where: { OR: [{ username: base }, { username: { startsWith: `${base}-` } }] }, select: { username: true } })).map((u) => u.username),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
