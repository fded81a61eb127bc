import "server-only";
// Role changes and disabling, within the actor's organisation, with optimistic concurrency
// (the version the admin loaded) and a guard that the organisation keeps an active admin.
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { changeRoleSchema, lockSchema, setDisabledSchema, type MemberDto } from "@/lib/schemas/users";
import { apiKeyCache } from "@/lib/server/api-keys/api-key-cache";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Tx } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";
import { memberSelect, toMemberDto } from "./member-dto";

type Change = { role?: string; disabledAt?: Date | null };

async function updateMembership(actor: Actor, userId: string, version: number, change: Change, action: string, context: RequestContext) {
  if (!isUuid(userId)) throw notFound("User");
  const dto = await db.$transaction(async (tx: Tx) => {
    // Serialises membership changes per organisation: the version check and the "keep an active
    // admin" count below then see every earlier change (two admins demoting each other at once
    // would otherwise both pass the count).
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`memberships:${actor.organizationId}`}))`;
    const where = { userId_organizationId: { userId, organizationId: actor.organizationId } };
    const before = await tx.membership.findUnique({ where, select: memberSelect });
    if (!before) throw notFound("User");
    if (before.version !== version) {
      throw new AppError("precondition_failed", "This user was changed by someone else since you loaded it. Reload and try again.");
    }
    const updated = await tx.membership.update({ where, data: { ...change, version: { increment: 1 } }, select: memberSelect });
    const activeAdmins = await tx.membership.count({
      where: { organizationId: actor.organizationId, role: "admin", disabledAt: null, user: { disabledAt: null } },
    });
    if (activeAdmins === 0) throw new AppError("conflict", "The organisation must keep at least one active admin.");
    const dto = toMemberDto(updated);
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action,
      resourceType: "user",
      resourceId: userId,
      before: toMemberDto(before),
      after: dto,
      context,
    });
    return dto;
  });
  // The member's API keys act with the new role or not at all: other instances drop their cached
  // lookups on the trigger's NOTIFY, this one at once.
  apiKeyCache().clear();
  return dto;
}

export async function changeMemberRole(actor: Actor, userId: string, input: unknown, context: RequestContext): Promise<MemberDto> {
  await requirePermission(actor, "user.manage", context, { type: "user", id: userId });
  const { role, version } = parseInput(changeRoleSchema, input);
  return updateMembership(actor, userId, version, { role }, "user.changeRole", context);
}

export async function setMemberDisabled(actor: Actor, userId: string, input: unknown, context: RequestContext): Promise<MemberDto> {
  await requirePermission(actor, "user.manage", context, { type: "user", id: userId });
  const { disabled, version } = parseInput(setDisabledSchema, input);
  if (disabled && userId === actor.userId) throw new AppError("conflict", "You cannot disable your own account.");
  return updateMembership(actor, userId, version, { disabledAt: disabled ? new Date() : null }, disabled ? "user.disable" : "user.enable", context);
}

/** Posit's `POST v1/users/{guid}/lock {"locked": bool}`: disables the membership (no sign-in, no API keys) or re-enables it. */
export async function setMemberLocked(actor: Actor, userId: string, input: unknown, context: RequestContext): Promise<MemberDto> {
  await requirePermission(actor, "user.manage", context, { type: "user", id: userId });
  const { locked } = parseInput(lockSchema, input);
  if (!isUuid(userId)) throw notFound("User");
  const current = await db.membership.findUnique({ where: { userId_organizationId: { userId, organizationId: actor.organizationId } }, select: { version: true } });
  if (!current) throw notFound("User");
  if (locked && userId === actor.userId) throw new AppError("conflict", "You cannot lock your own account.");
  return updateMembership(actor, userId, current.version, { disabledAt: locked ? new Date() : null }, locked ? "user.lock" : "user.unlock", context);
}
