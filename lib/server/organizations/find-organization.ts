import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/lib/server/db/client";

/** Host-level lookup for the CLI: an organisation by slug (default when omitted). */
export async function findOrganizationBySlug(slug = "default"): Promise<{ id: string; slug: string; name: string }> {
  const organization = await db.organization.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!organization) throw new AppError("not_found", `No organisation with slug "${slug}"`);
  return organization;
}
