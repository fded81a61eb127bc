import "server-only";
// The one way an API request becomes an Actor. Accepted forms of the Authorization header:
//   Key <api key>     (Posit Connect)        Bearer <api key>   (Fruxon)
//   <api key>         (Versori)              Basic base64(email:password | email:api key)  (HDP)
// The key's organisation is the actor's organisation; role and disabled state are read live.
import { AppError } from "@/lib/errors";
import { isRole } from "@/lib/permissions";
import { hashApiKey, looksLikeApiKey } from "@/lib/server/api-keys/api-key-format";
import { db } from "@/lib/server/db/client";
import { toActor, type Actor, type RequestContext } from "./actor";
import { loginRetryAfter, recordLoginFailure } from "./login-throttle";
import { verifyPassword } from "./passwords";

const LAST_USED_RESOLUTION_MS = 60_000; // write last_used_at at most once a minute per key

const unauthenticated = () => new AppError("unauthenticated", "Authentication failed: missing or invalid credentials.");

async function actorFromApiKey(key: string, expectedEmail?: string): Promise<Actor> {
  if (!looksLikeApiKey(key)) throw unauthenticated();
  const row = await db.apiKey.findUnique({
    where: { hash: hashApiKey(key) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastUsedAt: true,
      organization: { select: { id: true, slug: true } },
      user: {
        select: {
          id: true,
          email: true,
          firstName: true,
          lastName: true,
          disabledAt: true,
          memberships: { where: { disabledAt: null }, select: { role: true, organizationId: true } },
        },
      },
    },
  });
  const now = Date.now();
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt.getTime() <= now) || row.user.disabledAt) throw unauthenticated();
  if (expectedEmail !== undefined && row.user.email !== expectedEmail) throw unauthenticated();
  const membership = row.user.memberships.find((m) => m.organizationId === row.organization.id);
  if (!membership || !isRole(membership.role)) throw unauthenticated();
  if (!row.lastUsedAt || now - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date(now) } });
  }
  return toActor(row.user, row.organization, membership.role, "api-key");
}

/** HTTP Basic with a password: the user's first organisation (HDP has no organisation in its paths). */
async function actorFromPassword(email: string, password: string, context: RequestContext): Promise<Actor> {
  if ((await loginRetryAfter(email, context.ip)) > 0) {
    throw new AppError("too_many_requests", "Too many failed sign-in attempts. Try again later.");
  }
  const user = await db.user.findUnique({
    where: { email },
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
  const ok = await verifyPassword(user?.passwordHash ?? null, password);
  const membership = user?.memberships[0];
  if (!user || !ok || user.disabledAt || !membership || !isRole(membership.role)) {
    await recordLoginFailure(email, context.ip);
    throw unauthenticated();
  }
  return toActor(user, membership.organization, membership.role, "password");
}

export type AuthScheme = "key" | "bearer" | "raw" | "basic";

export async function authenticateRequest(headers: Headers, context: RequestContext, accept: AuthScheme[]): Promise<Actor> {
  const header = headers.get("authorization")?.trim();
  if (!header) throw unauthenticated();
  const space = header.indexOf(" ");
  const scheme = space > 0 ? header.slice(0, space).toLowerCase() : "";
  const value = space > 0 ? header.slice(space + 1).trim() : header;

  if (scheme === "key" && accept.includes("key")) return actorFromApiKey(value);
  if (scheme === "bearer" && accept.includes("bearer")) return actorFromApiKey(value);
  if (scheme === "basic" && accept.includes("basic")) {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    if (colon < 1) throw unauthenticated();
    const email = decoded.slice(0, colon).trim().toLowerCase();
    const secret = decoded.slice(colon + 1);
    return looksLikeApiKey(secret) ? actorFromApiKey(secret, email) : actorFromPassword(email, secret, context);
  }
  if (scheme === "" && accept.includes("raw")) return actorFromApiKey(value);
  throw unauthenticated();
}
