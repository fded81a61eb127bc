import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import type { PositUser } from "./schemas";

const POSIT_ROLE = { admin: "administrator", publisher: "publisher", viewer: "viewer" } as const;

/** Posit's user object for the caller (GET v1/user). */
export const toPositUser = (actor: Actor): PositUser => ({
  guid: actor.userId,
  username: actor.email,
  email: actor.email,
  first_name: actor.firstName,
  last_name: actor.lastName,
  user_role: POSIT_ROLE[actor.role],
  confirmed: true,
  locked: false,
});
