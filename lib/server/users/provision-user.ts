import "server-only";
// Creates a user (or adds an existing user to the organisation) with a role. Shared by the Users
// page (through createUser, which checks the actor's permission) and by the host-level CLI and
// first-start bootstrap, which act as the operator of the machine.
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/permissions";
import { createUserSchema, type MemberDto } from "@/lib/schemas/users";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { RequestContext } from "@/lib/server/auth/actor";
import { hashPassword } from "@/lib/server/auth/passwords";
import { db } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";
import { isUniqueViolation } from "@/lib/server/oauth-apps/oauth-app-rules";
import { memberSelect, toMemberDto } from "./member-dto";
import { freeUsername } from "./username";

export type ProvisionOptions = {
  /**
   * Refuse (409) an email that already has an account, rather than adding that account to the
   * organisation: Posit's `POST v1/users` makes a new user, and must not hand an API caller
   * another organisation's account (its names, its username).
   */
  newAccountOnly?: boolean;
};

const emailTaken = (email: string) =>
  new AppError("conflict", `A user with email ${email} already exists`, { fieldErrors: { email: ["Already in use"] } });
const usernameTaken = (username: string) =>
  new AppError("conflict", `The username ${username} is taken`, { fieldErrors: { username: ["Already taken"] } });

export async function provisionUser(
  by: { actor: { userId: string; email: string } | null; label: string },
  organizationId: string,
  input: unknown,
  context: RequestContext,
  options: ProvisionOptions = {},
): Promise<MemberDto> {
  const data = parseInput(createUserSchema, input);
  // Hashed up front (≈10 ms of CPU) so the transaction holds no connection while it runs; an
  // existing account keeps its own password and names.
  const passwordHash = await hashPassword(data.password);
  // Concurrent creates pass the checks below together and the unique indexes refuse all but one:
  // that is a 409 like the checks' own, never a 500. A username derived from the email may have
  // been taken meanwhile by another derivation: derive again (a few times) instead.
  for (let attempt = 1; ; attempt++) {
    try {
      return await provisionOnce(by, organizationId, data, passwordHash, context, options);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const clash = await db.user.findFirst({ where: { OR: [{ email: data.email }, ...(data.username ? [{ username: data.username }] : [])] }, select: { email: true } });
      if (clash?.email === data.email && options.newAccountOnly) throw emailTaken(data.email);
      if (clash && clash.email !== data.email) throw usernameTaken(data.username as string);
      if (clash) {
        // The account appeared meanwhile: it is either now a member here (409) or added next time.
        if (attempt < 3) continue;
        throw new AppError("conflict", `A user with email ${data.email} was created at the same time; try again`);
      }
      if (!data.username && attempt < 5) continue;
      throw new AppError("conflict", "A user with this email or username was created at the same time; try again");
    }
  }
}

async function provisionOnce(
  by: { actor: { userId: string; email: string } | null; label: string },
  organizationId: string,
  data: z.output<typeof createUserSchema>,
  passwordHash: string,
  context: RequestContext,
  options: ProvisionOptions,
): Promise<MemberDto> {
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (existing && options.newAccountOnly) throw emailTaken(data.email);
    if (!existing && data.username && (await tx.user.count({ where: { username: data.username } }))) throw usernameTaken(data.username);
    if (existing) {
      // Against an edit of the account's email or names racing its joining here (update-user.ts
      // allows those only for an account of one organisation).
      await tx.$executeRaw`SELECT 1 FROM users WHERE id = ${existing.id}::uuid FOR UPDATE`;
      const member = await tx.membership.findUnique({ where: { userId_organizationId: { userId: existing.id, organizationId } } });
      if (member) throw new AppError("conflict", `A user with email ${data.email} already belongs to this organisation`, { fieldErrors: { email: ["Already a member of this organisation"] } });
    }
    const user =
      existing ??
      (await tx.user.create({
        data: { email: data.email, username: data.username ?? (await freeUsername(tx, data.email)), firstName: data.firstName, lastName: data.lastName, passwordHash },
        select: { id: true },
      }));
    const membership = await tx.membership.create({
      data: { userId: user.id, organizationId, role: data.role satisfies Role },
      select: memberSelect,
    });
    const dto = toMemberDto(membership);
    await recordAuditEvent(tx, {
      actor: by.actor,
      actorLabel: by.label,
      organizationId,
      action: existing ? "user.addToOrganization" : "user.create",
      resourceType: "user",
      resourceId: user.id,
      after: dto,
      context,
    });
    return dto;
  });
}

/** Host-level (CLI): whether an account with this email exists in any organisation. */
export async function accountExists(email: string): Promise<boolean> {
  return (await db.user.count({ where: { email: email.trim().toLowerCase() } })) > 0;
}
