import "server-only";
// Posit's user objects — the caller (`GET v1/user`) and the organisation's members (`v1/users`,
// group members) — and its user bodies onto the users services.
import { isRole, type Role } from "@/lib/permissions";
import { positCreateUserSchema, positUpdateUserSchema, type CreateUserInput, type MemberDto, type PendingDto, type UpdateUserInput } from "@/lib/schemas/users";
import type { Actor } from "@/lib/server/auth/actor";
import { memberEtag } from "@/lib/server/users/member-dto";
import { parseInput } from "@/lib/server/validation";
import { positTime } from "./integrations";
import type { PositMember, PositUser } from "./schemas";

/** Our role → Posit's `user_role`, and back. */
const POSIT_ROLE = { admin: "administrator", publisher: "publisher", viewer: "viewer" } as const satisfies Record<Role, PositMember["user_role"]>;
const ROLE = { administrator: "admin", publisher: "publisher", viewer: "viewer" } as const satisfies Record<PositMember["user_role"], Role>;

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

/** A member of the caller's organisation as Posit's user object (never a password hash). */
export const toPositMember = (m: MemberDto): PositMember => ({
  guid: m.userId,
  email: m.email,
  username: m.username,
  first_name: m.firstName,
  last_name: m.lastName,
  user_role: isRole(m.role) ? POSIT_ROLE[m.role] : "viewer",
  created_time: positTime(m.createdAt),
  updated_time: positTime(m.updatedAt),
  active_time: null,
  confirmed: true,
  locked: m.disabled,
});

/**
 * An invited person, not yet a member (`confirmed: false`): the address and role the admin gave,
 * nothing of the account (no username, no names).
 */
export const toPositPending = (p: PendingDto): PositMember => ({
  guid: p.userId,
  email: p.email,
  username: "",
  first_name: "",
  last_name: "",
  user_role: isRole(p.role) ? POSIT_ROLE[p.role] : "viewer",
  created_time: positTime(p.invitedAt),
  updated_time: positTime(p.invitedAt),
  active_time: null,
  confirmed: false,
  locked: false,
});

export const positMemberResponse = (member: MemberDto) => Response.json(toPositMember(member), { headers: { etag: memberEtag(member) } });

/** `POST v1/users` → the create service's input (a viewer unless `user_role` says otherwise). */
export function fromPositCreateUser(body: unknown): CreateUserInput {
  const b = parseInput(positCreateUserSchema, body);
  return { email: b.email, username: b.username, password: b.password, firstName: b.first_name ?? "", lastName: b.last_name ?? "", role: ROLE[b.user_role ?? "viewer"] };
}

/** `PUT|PATCH v1/users/{guid}` → the update service's input; `null` names are cleared to "". */
export function fromPositUpdateUser(body: unknown): UpdateUserInput {
  const b = parseInput(positUpdateUserSchema, body);
  return {
    email: b.email,
    username: b.username,
    firstName: b.first_name === null ? "" : b.first_name,
    lastName: b.last_name === null ? "" : b.last_name,
    role: b.user_role && ROLE[b.user_role],
  };
}
