import "server-only";
// Adds a person to an organisation with a role. Shared by the Users page (createUser), Posit's
// `POST v1/users` (createNewUser), the host-level CLI and first-start bootstrap.
//
// A new email becomes an account: with the password given (changed at its first console sign-in
// unless the caller says otherwise), or without one and an invitation link through which the
// person sets their own. An email that already has an account is never attached silently: it gets
// an invitation that the person accepts, signed in as that account and holding the link. The
// password given for it is never applied, and nothing of the account is read back for the caller.
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/permissions";
import { createUserSchema, type MemberDto, type PendingDto } from "@/lib/schemas/users";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { RequestContext } from "@/lib/server/auth/actor";
import { hashPassword } from "@/lib/server/auth/passwords";
import { db, type Tx } from "@/lib/server/db/client";
import { inviteAccount } from "@/lib/server/invitations/invite-account";
import { parseInput } from "@/lib/server/validation";
import { isUniqueViolation } from "@/lib/server/oauth-apps/oauth-app-rules";
import { memberSelect, toMemberDto } from "./member-dto";
import { freeUsername } from "./username";

export type ProvisionOptions = {
  /** Whether a password given for a new account must be changed at its first console sign-in (default true). */
  mustChangePassword?: boolean;
};

export type ProvisionResult =
  | { status: "created"; member: MemberDto }
  /** `token` is the invitation link's secret: shown once to whoever invited, never stored. */
  | { status: "invited"; invitation: PendingDto; token: string };

type By = { actor: { userId: string; email: string } | null; label: string };
type Data = z.output<typeof createUserSchema>;

const usernameTaken = (username: string) =>
  new AppError("conflict", `The username ${username} is taken`, { fieldErrors: { username: ["Already taken"] } });

export async function provisionUser(by: By, organizationId: string, input: unknown, context: RequestContext, options: ProvisionOptions = {}): Promise<ProvisionResult> {
  const data = parseInput(createUserSchema, input);
  // Hashed up front (≈10 ms of CPU) so the transaction holds no connection while it runs. Only a
  // new account ever gets it.
  const passwordHash = data.password ? await hashPassword(data.password) : "";
  // Concurrent creates pass the checks below together and the unique indexes refuse all but one:
  // the account then exists, and the next attempt invites it. A username derived from the email
  // may have been taken meanwhile by another derivation: derive again (a few times) instead.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => provisionOnce(tx, by, organizationId, data, passwordHash, context, options));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const clash = await db.user.findFirst({ where: { OR: [{ email: data.email }, ...(data.username ? [{ username: data.username }] : [])] }, select: { email: true } });
      if (clash && clash.email !== data.email) throw usernameTaken(data.username as string);
      if (attempt < 5) continue;
      throw new AppError("conflict", "A user with this email or username was created at the same time; try again");
    }
  }
}

async function provisionOnce(tx: Tx, by: By, organizationId: string, data: Data, passwordHash: string, context: RequestContext, options: ProvisionOptions): Promise<ProvisionResult> {
  const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) {
    // Against an edit of the account's email racing its invitation here.
    await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${existing.id}::uuid FOR UPDATE`;
    const member = await tx.membership.count({ where: { userId: existing.id, organizationId } });
    if (member) throw new AppError("conflict", `A user with email ${data.email} already belongs to this organisation`, { fieldErrors: { email: ["Already a member of this organisation"] } });
    return { status: "invited", ...(await inviteAccount(tx, by, organizationId, { userId: existing.id, email: data.email, role: data.role }, context)) };
  }
  if (data.username && (await tx.user.count({ where: { username: data.username } }))) throw usernameTaken(data.username);
  const user = await tx.user.create({
    data: {
      email: data.email,
      username: data.username ?? (await freeUsername(tx, data.email)),
      firstName: data.firstName,
      lastName: data.lastName,
      passwordHash,
      mustChangePassword: passwordHash !== "" && (options.mustChangePassword ?? true),
    },
    select: { id: true },
  });
  // No password: the account exists (so that its address is taken) but joins through the link.
  if (!passwordHash) return { status: "invited", ...(await inviteAccount(tx, by, organizationId, { userId: user.id, email: data.email, role: data.role }, context)) };
  const membership = await tx.membership.create({ data: { userId: user.id, organizationId, role: data.role satisfies Role }, select: memberSelect });
  const dto = toMemberDto(membership);
  await recordAuditEvent(tx, { actor: by.actor, actorLabel: by.label, organizationId, action: "user.create", resourceType: "user", resourceId: user.id, after: dto, context });
  return { status: "created", member: dto };
}

/** A created member, for callers that only ever make new accounts (tests, bootstrap). */
export function createdMember(result: ProvisionResult): MemberDto {
  if (result.status !== "created") throw new AppError("conflict", "The email already has an account: it was invited, not added");
  return result.member;
}
