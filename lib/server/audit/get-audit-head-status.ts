import "server-only";
// The audit page's tamper check (admins: audit.read): whether the log still matches its signed
// head, in constant time (`audit verify` walks the whole chain).
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { quickHeadState, type HeadState } from "./audit-head";

export async function getAuditHeadStatus(actor: Actor, context: RequestContext): Promise<HeadState> {
  await requirePermission(actor, "audit.read", context);
  return quickHeadState();
}
