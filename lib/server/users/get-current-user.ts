import "server-only";
// The caller as a member of their organisation (Posit's `GET v1/user`): the actor carries only
// what authorisation needs, so the username and names are read here, live.
import { notFound } from "@/lib/errors";
import type { MemberDto } from "@/lib/schemas/users";
import type { Actor } from "@/lib/server/auth/actor";
import { readMember } from "./member-dto";

export async function getCurrentUser(actor: Actor): Promise<MemberDto> {
  const member = await readMember(actor.organizationId, actor.userId);
  // Authentication just found this membership; it can vanish only in a race with its removal.
  if (!member) throw notFound("User");
  return member;
}
