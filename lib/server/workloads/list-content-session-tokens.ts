import "server-only";
import type { ContentSessionTokenDto } from "@/lib/schemas/content";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { tokenSelect, toSessionTokenDto } from "./content-session-token-dto";
import { findWorkload } from "./workload-dto";

/** How many live tokens a list shows at most (rotation needs two or three; more is a leak to revoke). */
export const SESSION_TOKENS_SHOWN = 50;

/** The workload's live tokens, newest first. */
export async function listContentSessionTokens(actor: Actor, contentGuid: string, context: RequestContext): Promise<ContentSessionTokenDto[]> {
  await requirePermission(actor, "workload.read", context, { type: "content", id: contentGuid });
  const content = await findWorkload(actor, contentGuid);
  const rows = await db.contentSessionToken.findMany({
    where: { contentId: content.id, revokedAt: null },
    select: tokenSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: SESSION_TOKENS_SHOWN,
  });
  const creators = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => id !== null))];
  const users = creators.length ? await db.user.findMany({ where: { id: { in: creators } }, select: { id: true, email: true } }) : [];
  const emails = new Map(users.map((u) => [u.id, u.email]));
  return rows.map((r) => toSessionTokenDto(r, emails));
}

