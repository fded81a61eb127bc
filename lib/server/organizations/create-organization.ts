import "server-only";
// Host-level (CLI): a new organisation. Users are then added with `user create --org SLUG`.
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { RequestContext } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";

const createOrganizationSchema = z.object({
  slug: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, "slug: 2–63 lowercase letters, digits and dashes"),
  name: z.string().trim().min(1, "name is required").max(100, "name must be at most 100 characters"),
});

export async function createOrganization(input: unknown, context: RequestContext) {
  const data = parseInput(createOrganizationSchema, input);
  return db.$transaction(async (tx) => {
    if (await tx.organization.findUnique({ where: { slug: data.slug } })) throw new AppError("conflict", `An organisation with slug "${data.slug}" already exists`);
    const organization = await tx.organization.create({ data, select: { id: true, slug: true, name: true } });
    await recordAuditEvent(tx, { actor: null, actorLabel: "cli", organizationId: organization.id, action: "organization.create", resourceType: "organization", resourceId: organization.id, after: organization, context });
    return organization;
  });
}
