import "server-only";
// Creates a user (or adds an existing user to the organisation) with a role. Shared by the Users
// page (through createUser, which checks the actor's permission) and by the host-level CLI and
// first-start bootstrap, which act as the operator of the machine.
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/permissions";
import { createUserSchema, type MemberDto } from "@/lib/schemas/users";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { RequestContext } from "@/lib/server/auth/actor";
import { hashPassword } from "@/lib/server/auth/passwords";
import { db } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";
import { memberSelect, toMemberDto } from "./member-dto";
import { freeUsername } from "./username";

export async function provisionUser(
  by: { actor: { userId: string; email: string } | null; label: string },
  organizationId: string,
  input: unknown,
  context: RequestContext,
): Promise<MemberDto> {
  const data = parseInput(createUserSchema, input);
  // Hashed up front (≈10 ms of CPU) so the transaction holds no connection while it runs; an
  // existing account keeps its own password and names.
  const passwordHash = await hashPassword(data.password);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: data.email }, select: { id: true } });
    if (!existing && data.username && (await tx.user.count({ where: { username: data.username } }))) {
      throw new AppError("conflict", `The username ${data.username} is taken`, { fieldErrors: { username: ["Already taken"] } });
    }
    if (existing) {
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
