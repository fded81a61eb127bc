import "server-only";
// Organisation settings (admins): the dashboard's "Expiring soon" window, in days.
import { z } from "zod";
import { expiringWindowSchema } from "@/lib/schemas/expiry";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { parseInput } from "@/lib/server/validation";

const settingsSchema = z.strictObject({ expiringWindowDays: expiringWindowSchema });
export type OrganizationSettings = z.infer<typeof settingsSchema>;

export async function getOrganizationSettings(actor: Actor, context: RequestContext): Promise<OrganizationSettings> {
  await requirePermission(actor, "organization.settings", context, { type: "organization" });
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { expiringWindowDays: true } });
  return { expiringWindowDays: org.expiringWindowDays };
}

export async function updateOrganizationSettings(actor: Actor, input: unknown, context: RequestContext): Promise<OrganizationSettings> {
  await requirePermission(actor, "organization.settings", context, { type: "organization" });
  const data = parseInput(settingsSchema, input);
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: actor.organizationId }, select: { expiringWindowDays: true } });
    const after = await tx.organization.update({ where: { id: actor.organizationId }, data: { expiringWindowDays: data.expiringWindowDays }, select: { expiringWindowDays: true } });
    await recordAuditEvent(tx, { actor, organizationId: actor.organizationId, action: "organization.settings", resourceType: "organization", resourceId: actor.organizationId, before, after, context });
    return after;
  });
}
