import "server-only";
// The one way an API request becomes an Actor. Accepted forms of the Authorization header:
//   Key <api key>     (Posit Connect)        Bearer <api key | access token>   (Fruxon)
//   <api key>         (Versori)              Basic base64(name:password | name:api key)  (HDP;
//                                            name = email or username)
// The key's organisation is the actor's organisation; role and disabled state are read live.
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { isRole, type Role } from "@/lib/permissions";
import { apiKeyCache } from "@/lib/server/api-keys/api-key-cache";
import { hashApiKey, looksLikeApiKey } from "@/lib/server/api-keys/api-key-format";
import { noteKeyUse } from "@/lib/server/api-keys/key-usage";
import { db, Prisma } from "@/lib/server/db/client";
import { verifyAccessToken } from "./access-token";
import { toActor, type Actor, type RequestContext } from "./actor";
import { refundLoginAttempt, takeLoginAttempt } from "./login-throttle";
import { verifyPassword } from "./passwords";

const LAST_USED_RESOLUTION_MS = 60_000; // note a key's use at most once a minute

const unauthenticated = () => new AppError("unauthenticated", "Authentication failed: missing or invalid credentials.");

type KeyRow = {
  id: string;
  revoked_at: Date | null;
  expires_at: Date | null;
  last_used_at: Date | null;
  organization_id: string;
  organization_slug: string;
  user_id: string;
  email: string;
  username: string;
  first_name: string;
  last_name: string;
  user_disabled_at: Date | null;
  role: string | null;
  max_role: string | null;
};

// Every API request needs this, so it is one flat SQL join (about 1 ms) rather than a nested
// Prisma read (about 3 ms here), and its result is cached per instance (api-key-cache.ts: dropped
// on every instance when anything it depends on changes). The membership must be active in the
// key's own organisation.
const findKey = (where: Prisma.Sql) => db.$queryRaw<KeyRow[]>`
  SELECT k.id, k.revoked_at, k.expires_at, k.last_used_at, k.max_role,
         o.id AS organization_id, o.slug AS organization_slug,
         u.id AS user_id, u.email, u.username, u.first_name, u.last_name, u.disabled_at AS user_disabled_at,
         m.role
    FROM api_keys k
    JOIN organizations o ON o.id = k.organization_id
    JOIN users u ON u.id = k.user_id
    LEFT JOIN memberships m ON m.user_id = k.user_id AND m.organization_id = k.organization_id AND m.disabled_at IS NULL
   WHERE ${where}`;

async function actorFromApiKey(key: string, expectedName?: string): Promise<Actor> {
  if (!looksLikeApiKey(key)) throw unauthenticated();
  return actorFromKeyRow(`hash:${hashApiKey(key)}`, Prisma.sql`k.hash = ${hashApiKey(key)}`, expectedName);
}

/** A Fruxon access token stands for its API key: revoking or expiring the key ends it too. */
async function actorFromAccessToken(token: string): Promise<Actor> {
  const keyId = await verifyAccessToken(token);
  if (!keyId) throw unauthenticated();
  return { ...(await actorFromKeyRow(`id:${keyId}`, Prisma.sql`k.id = ${keyId}::uuid`)), via: "access-token" };
}

async function actorFromKeyRow(cacheKey: string, where: Prisma.Sql, expectedName?: string): Promise<Actor> {
  const cache = apiKeyCache<KeyRow>();
  let row = cache.get(cacheKey) ?? undefined;
  if (!row) {
    const token = cache.token();
    [row] = await findKey(where);
    if (row) cache.set(cacheKey, row, token); // unknown keys are not cached: nothing to fill memory with
  }
  const now = Date.now();
  if (!row || row.revoked_at || (row.expires_at && row.expires_at.getTime() <= now) || row.user_disabled_at) throw unauthenticated();
  if (expectedName !== undefined && row.email !== expectedName && row.username !== expectedName) throw unauthenticated();
  if (!isRole(row.role)) throw unauthenticated();
  if (!row.last_used_at || now - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    row.last_used_at = new Date(now); // the cached row too: noted once a minute, not per request
    noteKeyUse(row.id, row.last_used_at);
  }
  const user = { id: row.user_id, email: row.email, firstName: row.first_name, lastName: row.last_name };
  return { ...toActor(user, { id: row.organization_id, slug: row.organization_slug }, cappedRole(row.role, row.max_role), "api-key"), apiKeyId: row.id };
}

/**
 * HTTP Basic with a password: `name` is the email or the username (an email has an "@", a
 * username cannot). The user's first organisation (HDP has no organisation in its paths).
 */
async function actorFromPassword(name: string, password: string, context: RequestContext): Promise<Actor> {
  const user = await db.user.findUnique({
    where: name.includes("@") ? { email: name } : { username: name },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      passwordHash: true,
      disabledAt: true,
      memberships: {
        where: { disabledAt: null },
        select: { role: true, organization: { select: { id: true, slug: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  // Throttled per account, whichever name it was reached by (else email and username would
  // each get their own allowance).
  const account = user?.email ?? name;
  if ((await takeLoginAttempt(account, context.ip)) > 0) {
    throw new AppError("too_many_requests", "Too many failed sign-in attempts. Try again later.");
  }
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  const membership = user?.memberships[0];
  if (!user || !ok || user.disabledAt || !membership || !isRole(membership.role)) throw unauthenticated();
  await refundLoginAttempt(account, context.ip);
  return toActor(user, membership.organization, membership.role, "password");
}

const RANK: Record<Role, number> = { viewer: 1, publisher: 2, admin: 3 };

/** A key with a role cap (Visitor API Keys) acts with the lower of the member's role and the cap. */
const cappedRole = (role: Role, cap: string | null): Role => (isRole(cap) && RANK[cap] < RANK[role] ? cap : role);

export type AuthScheme = "key" | "bearer" | "raw" | "basic";

export async function authenticateRequest(headers: Headers, context: RequestContext, accept: AuthScheme[]): Promise<Actor> {
  const header = headers.get("authorization")?.trim();
  if (!header) throw unauthenticated();
  const space = header.indexOf(" ");
  const scheme = space > 0 ? header.slice(0, space).toLowerCase() : "";
  const value = space > 0 ? header.slice(space + 1).trim() : header;

  if (scheme === "key" && accept.includes("key")) return actorFromApiKey(value);
  if (scheme === "bearer" && accept.includes("bearer")) return looksLikeApiKey(value) ? actorFromApiKey(value) : actorFromAccessToken(value);
  if (scheme === "basic" && accept.includes("basic")) {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 1) throw unauthenticated();
    const name = decoded.slice(0, colon).trim().toLowerCase();
    // No account has U+0000 in its name, and PostgreSQL refuses it in a query.
    if (name.includes("\u0000") || name.length > 320) throw unauthenticated();
    const secret = decoded.slice(colon + 1);
    if (looksLikeApiKey(secret)) return actorFromApiKey(secret, name);
    // AUTH_PASSWORD_SIGNIN=false turns passwords off here too, not only on the sign-in page.
    if (!env.passwordSignIn()) throw unauthenticated();
    return actorFromPassword(name, secret, context);
  }
  if (scheme === "" && accept.includes("raw")) return actorFromApiKey(value);
  throw unauthenticated();
}
