import "server-only";
import type { MemberDto } from "@/lib/schemas/users";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { provisionUser } from "./provision-user";

/** An admin creates a user in their organisation with a role and an initial password. */
export async function createUser(actor: Actor, input: unknown, context: RequestContext): Promise<MemberDto> {
  await requirePermission(actor, "user.manage", context);
  return provisionUser({ actor, label: actor.email }, actor.organizationId, input, context);
}
