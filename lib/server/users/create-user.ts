import "server-only";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { provisionUser, type ProvisionResult } from "./provision-user";

/**
 * An admin adds a person to their organisation with a role: a new account with the initial
 * password given (changed at first sign-in), or an invitation (no password given, or the email
 * already has an account) whose link is shown once.
 */
export async function createUser(actor: Actor, input: unknown, context: RequestContext): Promise<ProvisionResult> {
  await requirePermission(actor, "user.manage", context);
  return provisionUser({ actor, label: actor.email }, actor.organizationId, input, context);
}
