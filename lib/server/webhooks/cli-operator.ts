import "server-only";
// The host's operator, for `npm run console -- webhook …`: an admin of the named organisation
// with no user account (audit rows say "cli").
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";

const NO_USER = "00000000-0000-0000-0000-000000000000";

export async function cliOperator(organizationSlug: string): Promise<Actor> {
  const organization = await db.organization.findUnique({ where: { slug: organizationSlug }, select: { id: true, slug: true } });
  if (!organization) throw new AppError("not_found", `No organisation "${organizationSlug}"`);
  return { userId: NO_USER, email: "cli", firstName: "", lastName: "", organizationId: organization.id, organizationSlug: organization.slug, role: "admin", via: "cli" };
}
