import "server-only";
import type { MemberDto } from "@/lib/schemas/users";
import type { Actor } from "@/lib/server/auth/actor";
import type { PositUser } from "./schemas";

const POSIT_ROLE = { admin: "administrator", publisher: "publisher", viewer: "viewer" } as const;

/** Posit's user object for the caller (GET v1/user): the role the key acts with, the stored username. */
export const toPositUser = (actor: Actor, member: MemberDto): PositUser => ({
  guid: actor.userId,
  username: member.username,
  email: member.email,
  first_name: member.firstName,
  last_name: member.lastName,
  user_role: POSIT_ROLE[actor.role],
  confirmed: true,
  locked: member.disabled,
});
