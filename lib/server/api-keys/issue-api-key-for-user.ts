import "server-only";
// Host-level (CLI) issue of an API key for a user in an organisation they belong to, named by
// email or username (an email has an "@", a username cannot).
import { AppError } from "@/lib/errors";
import { isRole } from "@/lib/permissions";
import { toActor, type RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { createApiKey } from "./create-api-key";

export async function issueApiKeyForUser(user: string, organizationSlug: string, name: string, context: RequestContext) {
  const who = user.trim().toLowerCase();
  const membership = await db.membership.findFirst({
    where: { user: who.includes("@") ? { email: who } : { username: who }, organization: { slug: organizationSlug } },
    select: {
      role: true,
      disabledAt: true,
      organization: { select: { id: true, slug: true } },
      user: { select: { id: true, email: true, firstName: true, lastName: true, disabledAt: true } },
    },
  });
  if (!membership) {
    const invited = await db.invitation.count({ where: { user: who.includes("@") ? { email: who } : { username: who }, organization: { slug: organizationSlug } } });
    if (invited) throw new AppError("conflict", `${user} is invited to organisation "${organizationSlug}" but has not accepted: no API key until they join`);
    throw new AppError("not_found", `No user ${user} in organisation "${organizationSlug}"`);
  }
  if (membership.disabledAt || membership.user.disabledAt) throw new AppError("conflict", `User ${user} is disabled`);
  if (!isRole(membership.role)) throw new AppError("conflict", `User ${user} has an unknown role`);
  const actor = toActor(membership.user, membership.organization, membership.role, "cli");
  return createApiKey(actor, { name }, context);
}
