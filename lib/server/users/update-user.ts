import "server-only";
// Posit's `PUT|PATCH v1/users/{guid}`: an admin changes a member's email, username, names and
// role here. Only what is given changes; If-Match is honoured (412 when stale). The email,
// username and names belong to the account, which may be a member of other organisations too:
// an admin of one organisation must not rename someone in another, so for such an account only
// the role here (and, through the lock endpoint, the lock here) may change — anything else is a
// 409 that says so. The organisation keeps at least one active admin.
import { AppError, notFound } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { updateUserSchema, type MemberDto } from "@/lib/schemas/users";
import { apiKeyCache } from "@/lib/server/api-keys/api-key-cache";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db, type Tx } from "@/lib/server/db/client";
import { isUniqueViolation } from "@/lib/server/oauth-apps/oauth-app-rules";
import { checkPrecondition, type Precondition } from "@/lib/server/preconditions";
import { parseInput } from "@/lib/server/validation";
import { memberEtag, memberSelect, toMemberDto } from "./member-dto";

const ACCOUNT_FIELDS = ["email", "username", "firstName", "lastName"] as const;
const FIELD_NAMES: Record<(typeof ACCOUNT_FIELDS)[number], string> = { email: "email", username: "username", firstName: "first_name", lastName: "last_name" };

export async function updateUser(actor: Actor, userId: string, input: unknown, precondition: Precondition, context: RequestContext): Promise<MemberDto> {
  await requirePermission(actor, "user.manage", context, { type: "user", id: userId });
  const data = parseInput(updateUserSchema, input);
  if (!isUuid(userId)) throw notFound("User");
  try {
    const dto = await db.$transaction((tx) => applyUpdate(tx, actor, userId, data, precondition, context));
    // Keys act with the new role (and cached lookups carry the email and username): drop them
    // here at once; other instances drop theirs on the database trigger's NOTIFY.
    apiKeyCache().clear();
    return dto;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another account took the email or username between our check and our write.
    throw await takenError(userId, data);
  }
}

async function applyUpdate(
  tx: Tx,
  actor: Actor,
  userId: string,
  data: ReturnType<typeof updateUserSchema.parse>,
  precondition: Precondition,
  context: RequestContext,
): Promise<MemberDto> {
  // Role changes serialise per organisation (the active-admin count below sees every earlier
  // change); account changes serialise on the account's row (against another organisation adding it).
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`memberships:${actor.organizationId}`}))`;
  await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${userId}::uuid FOR UPDATE`;
  const where = { userId_organizationId: { userId, organizationId: actor.organizationId } };
  const row = await tx.membership.findUnique({ where, select: memberSelect });
  if (!row) throw notFound("User");
  const before = toMemberDto(row);
  checkPrecondition({ etag: memberEtag(before), version: before.version }, precondition, "user");

  const accountChange = Object.fromEntries(ACCOUNT_FIELDS.filter((f) => data[f] !== undefined && data[f] !== before[f]).map((f) => [f, data[f]]));
  const changedFields = Object.keys(accountChange) as (typeof ACCOUNT_FIELDS)[number][];
  if (changedFields.length) {
    const organisations = await tx.membership.count({ where: { userId } });
    if (organisations > 1) {
      throw new AppError(
        "conflict",
        `This account also belongs to another organisation: here only its role (user_role) and its lock can be changed, not ${changedFields.map((f) => FIELD_NAMES[f]).join(", ")}.`,
      );
    }
    if (accountChange.email || accountChange.username) {
      const clash = await tx.user.findFirst({
        where: { id: { not: userId }, OR: [...(accountChange.email ? [{ email: accountChange.email }] : []), ...(accountChange.username ? [{ username: accountChange.username }] : [])] },
        select: { email: true },
      });
      if (clash) throw clash.email === accountChange.email ? emailTaken(accountChange.email) : usernameTaken(accountChange.username as string);
    }
    await tx.user.update({ where: { id: userId }, data: { ...accountChange, version: { increment: 1 } } });
  }
  const roleChanged = data.role !== undefined && data.role !== before.role;
  if (roleChanged) {
    await tx.membership.update({ where, data: { role: data.role, version: { increment: 1 } } });
    const activeAdmins = await tx.membership.count({
      where: { organizationId: actor.organizationId, role: "admin", disabledAt: null, user: { disabledAt: null } },
    });
    if (activeAdmins === 0) throw new AppError("conflict", "The organisation must keep at least one active admin.");
  }
  if (!changedFields.length && !roleChanged) return before;
  const after = toMemberDto(await tx.membership.findUniqueOrThrow({ where, select: memberSelect }));
  await recordAuditEvent(tx, {
    actor,
    organizationId: actor.organizationId,
    action: "user.update",
    resourceType: "user",
    resourceId: userId,
    before,
    after,
    context,
  });
  return after;
}

const emailTaken = (email: string) => new AppError("conflict", `A user with email ${email} already exists`, { fieldErrors: { email: ["Already in use"] } });
const usernameTaken = (username: string) => new AppError("conflict", `The username ${username} is taken`, { fieldErrors: { username: ["Already taken"] } });

async function takenError(userId: string, data: { email?: string; username?: string }): Promise<AppError> {
  if (data.email && (await db.user.count({ where: { id: { not: userId }, email: data.email } }))) return emailTaken(data.email);
  if (data.username) return usernameTaken(data.username);
  return new AppError("conflict", "The email or username was taken at the same time; try again");
}
