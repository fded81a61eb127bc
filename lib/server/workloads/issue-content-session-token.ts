import "server-only";
// Host-level (CLI) issue of a content session token: the workload named by guid or name in an
// organisation, the token made as its owner (a CLI user is the host's operator, and the audit row
// says "cli"). A name shared by several workloads is refused with their guids.
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { isRole } from "@/lib/permissions";
import { toActor, type RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { createContentSessionToken } from "./create-content-session-token";

export async function issueContentSessionToken(content: string, organizationSlug: string, context: RequestContext) {
  const organization = await db.organization.findUnique({ where: { slug: organizationSlug }, select: { id: true, slug: true } });
  if (!organization) throw new AppError("not_found", `No organisation "${organizationSlug}"`);
  const ref = content.trim();
  const matches = await db.contentItem.findMany({
    where: { organizationId: organization.id, ...(isUuid(ref) ? { id: ref.toLowerCase() } : { name: ref }) },
    select: { id: true, ownerId: true },
    take: 6,
  });
  if (matches.length === 0) throw new AppError("not_found", `No workload ${ref} in organisation "${organizationSlug}"`);
  if (matches.length > 1) throw new AppError("conflict", `Several workloads are named ${ref}: name one by guid (${matches.map((m) => m.id).join(", ")})`);
  const [workload] = matches;
  const membership = workload.ownerId
    ? await db.membership.findFirst({
        where: { userId: workload.ownerId, organizationId: organization.id, disabledAt: null, user: { disabledAt: null } },
        select: { role: true, user: { select: { id: true, email: true, firstName: true, lastName: true } } },
      })
    : null;
  if (!membership || !isRole(membership.role)) {
    throw new AppError("conflict", `Workload ${ref} has no active owner in "${organizationSlug}": an admin can create its session token on its page`);
  }
  const actor = toActor(membership.user, organization, membership.role, "cli");
  return createContentSessionToken(actor, workload.id, context, "cli");
}
