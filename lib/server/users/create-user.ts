import "server-only";
import type { MemberDto } from "@/lib/schemas/users";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { accountExists, provisionUser } from "./provision-user";

/**
 * An admin creates a user in their organisation with a role and an initial password. When the
 * email already has an account (in another organisation), that account is added and keeps its
 * own password and names; `existingAccount` tells the caller so it can say so.
 */
export async function createUser(actor: Actor, input: unknown, context: RequestContext): Promise<MemberDto & { existingAccount: boolean }> {
  await requirePermission(actor, "user.manage", context);
  const email = typeof (input as { email?: unknown })?.email === "string" ? (input as { email: string }).email : "";
  const existingAccount = email !== "" && (await accountExists(email));
  const member = await provisionUser({ actor, label: actor.email }, actor.organizationId, input, context);
  return { ...member, existingAccount };
}
