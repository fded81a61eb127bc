import "server-only";
// Posit's `POST v1/users`: an admin creates a new account as a member of their organisation.
// Unlike the Users page (create-user.ts), an email that already has an account is a 409, never
// that account added here: an API caller gets no other organisation's account, names or username.
import type { MemberDto } from "@/lib/schemas/users";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { provisionUser } from "./provision-user";

export async function createNewUser(actor: Actor, input: unknown, context: RequestContext): Promise<MemberDto> {
  await requirePermission(actor, "user.manage", context);
  return provisionUser({ actor, label: actor.email }, actor.organizationId, input, context, { newAccountOnly: true });
}
