import "server-only";
// The workload a content session token stands for — what the credential exchange reads from a
// `urn:posit:connect:content-session-token` subject token. Null for anything that is not a live
// token: malformed, unknown, revoked. One indexed join; `last_used_at` noted at most once a minute.
import { db } from "@/lib/server/db/client";
import { hashContentSessionToken, looksLikeContentSessionToken } from "./session-token-format";

export type ContentSessionSubject = { tokenId: string; contentId: string; organizationId: string; ownerId: string | null };

type Row = { id: string; content_id: string; organization_id: string; owner_id: string | null; revoked_at: Date | null; last_used_at: Date | null };

const LAST_USED_RESOLUTION_MS = 60_000;

export async function authenticateContentSessionToken(token: string): Promise<ContentSessionSubject | null> {
  if (!looksLikeContentSessionToken(token)) return null;
  const [row] = await db.$queryRaw<Row[]>`
    SELECT t.id, t.content_id, t.organization_id, c.owner_id, t.revoked_at, t.last_used_at
      FROM content_session_tokens t
      JOIN content_items c ON c.id = t.content_id AND c.organization_id = t.organization_id
     WHERE t.hash = ${hashContentSessionToken(token)}`;
  if (!row || row.revoked_at) return null;
  const now = new Date();
  if (!row.last_used_at || now.getTime() - row.last_used_at.getTime() > LAST_USED_RESOLUTION_MS) {
    await db.contentSessionToken.updateMany({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { tokenId: row.id, contentId: row.content_id, organizationId: row.organization_id, ownerId: row.owner_id };
}
