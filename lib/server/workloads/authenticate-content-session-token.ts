import "server-only";
// The workload a content session token stands for — what the credential exchange reads from a
// `urn:posit:connect:content-session-token` subject token. Null for anything that is not a live
// token: malformed, unknown, revoked. One indexed join; `last_used_at` noted at most once a minute.
//
// The rules live here once: CONTENT_SESSION_TOKEN_SQL (how a token finds its workload and owner)
// and acceptContentSessionToken (revoked = unknown; note the use). The exchange's hot path
// (exchange/select-integration.ts) reads the same join with the workload's integrations added, in
// one round trip, and applies the same acceptContentSessionToken.
import { db } from "@/lib/server/db/client";
import { hashContentSessionToken, looksLikeContentSessionToken } from "./session-token-format";

export type ContentSessionSubject = { tokenId: string; contentId: string; organizationId: string; ownerId: string | null };

/** Columns every reader of a content session token selects (alias `t` the token, `ci` its workload). */
export type ContentSessionTokenColumns = { token_id: string; content_id: string; token_organization_id: string; owner_id: string | null; revoked_at: Date | null; last_used_at: Date | null };

/** SQL: the columns of ContentSessionTokenColumns. */
export const CONTENT_SESSION_TOKEN_COLUMNS = `t.id::text AS token_id, t.content_id::text AS content_id, t.organization_id::text AS token_organization_id,
            ci.owner_id::text AS owner_id, t.revoked_at, t.last_used_at`;

/** SQL: the token (by `t.hash = $1`) joined to its workload of the same organisation. */
export const CONTENT_SESSION_TOKEN_FROM = `content_session_tokens t
       JOIN content_items ci ON ci.id = t.content_id AND ci.organization_id = t.organization_id`;
export const CONTENT_SESSION_TOKEN_WHERE = `t.hash = $1`;

const LAST_USED_RESOLUTION_MS = 60_000;

/** The subject a read row stands for, or null when the token is revoked; notes the use (at most once a minute). */
export async function acceptContentSessionToken(row: ContentSessionTokenColumns | undefined): Promise<ContentSessionSubject | null> {
  if (!row || row.revoked_at) return null;
  const now = new Date();
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.contentSessionToken.updateMany({ where: { id: row.token_id }, data: { lastUsedAt: now } });
  }
  return { tokenId: row.token_id, contentId: row.content_id, organizationId: row.token_organization_id, ownerId: row.owner_id };
}

export async function authenticateContentSessionToken(token: string): Promise<ContentSessionSubject | null> {
  if (!looksLikeContentSessionToken(token)) return null;
  const [row] = await db.$queryRawUnsafe<ContentSessionTokenColumns[]>(
    `SELECT ${CONTENT_SESSION_TOKEN_COLUMNS} FROM ${CONTENT_SESSION_TOKEN_FROM} WHERE ${CONTENT_SESSION_TOKEN_WHERE}`,
    hashContentSessionToken(token),
  );
  return acceptContentSessionToken(row);
}
