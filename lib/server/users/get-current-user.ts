import "server-only";
// The caller as a member of their organisation (Posit's `GET v1/user`): the actor carries only
// what authorisation needs, so the username and names are read here, live.
import { notFound } from "@/lib/errors";
import type { MemberDto } from "@/lib/schemas/users";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { memberSelect, toMemberDto } from "./member-dto";

export async function getCurrentUser(actor: Actor): Promise<MemberDto> {
  const row = await db.membership.findUnique({
    where: { userId_organizationId: { userId: actor.userId, organizationId: actor.organizationId } },
    select: memberSelect,
  });
  // Authentication just found this membership; it can vanish only in a race with its removal.
  if (!row) throw notFound("User");
  return toMemberDto(row);
}
