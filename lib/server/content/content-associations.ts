import "server-only";
// Which OAuth integrations each workload (Posit's content item) uses. A workload is reached by the
// same ownership rule as everywhere (lib/server/workloads/workload-dto.ts): a publisher reads and
// replaces only the associations of workloads they own; an admin, any workload's of the organisation.
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { contentAssociationsSchema, type ContentAssociationDto } from "@/lib/schemas/integrations";
import { recordAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { db } from "@/lib/server/db/client";
import { findIntegrationRow } from "@/lib/server/integrations/find-integration";
import { usableIntegrations } from "@/lib/server/integrations/integration-permissions";
import { parseInput } from "@/lib/server/validation";
import { findWorkload } from "@/lib/server/workloads/workload-dto";

const associationInclude = {
  content: { select: { id: true, name: true } },
  integration: { select: { guid: true, name: true, description: true, template: true, authType: true } },
} as const;

type AssociationRow = {
  createdAt: Date;
  content: { id: string; name: string };
  integration: { guid: string; name: string; description: string; template: string; authType: string };
};

const toDto = (row: AssociationRow): ContentAssociationDto => ({
  contentGuid: row.content.id,
  contentName: row.content.name,
  integrationGuid: row.integration.guid,
  integrationName: row.integration.name,
  integrationDescription: row.integration.description,
  integrationTemplate: row.integration.template,
  integrationAuthType: row.integration.authType,
  createdAt: row.createdAt.toISOString(),
});

const unknownIntegrations = (guids: string[]) =>
  new AppError("bad_request", `Unknown OAuth integration guid: ${guids.slice(0, 5).map((g) => g.slice(0, 64)).join(", ")}${guids.length > 5 ? ` and ${guids.length - 5} more` : ""}`);

/** The content items that use an integration. */
export async function listIntegrationAssociations(actor: Actor, integrationGuid: string, context: RequestContext): Promise<ContentAssociationDto[]> {
  await requirePermission(actor, "integration.read", context, { type: "integration", id: integrationGuid });
  const integration = await findIntegrationRow(actor, integrationGuid);
  const rows = await db.contentAssociation.findMany({ where: { integrationId: integration.id }, include: associationInclude, orderBy: { createdAt: "asc" } });
  return rows.map(toDto);
}

export async function getContentAssociations(actor: Actor, contentGuid: string, context: RequestContext): Promise<ContentAssociationDto[]> {
  await requirePermission(actor, "content.read", context, { type: "content", id: contentGuid });
  const content = await findWorkload(actor, contentGuid);
  const rows = await db.contentAssociation.findMany({ where: { contentId: content.id }, include: associationInclude, orderBy: { createdAt: "asc" } });
  return rows.map(toDto);
}

/**
 * Replaces the whole set (Posit PUT); `[]` clears it. Every guid must be an integration of the
 * organisation that the content's owner may use (the content runs as its owner).
 */
export async function setContentAssociations(actor: Actor, contentGuid: string, input: unknown, context: RequestContext): Promise<ContentAssociationDto[]> {
  await requirePermission(actor, "content.associate", context, { type: "content", id: contentGuid });
  const wanted = [...new Set(parseInput(contentAssociationsSchema, input).map((a) => a.oauth_integration_guid.toLowerCase()))];
  const malformed = wanted.filter((g) => !isUuid(g));
  if (malformed.length) throw unknownIntegrations(malformed);
  return db.$transaction(async (tx) => {
    const content = await findWorkload(actor, contentGuid, tx);
    const rows = await usableIntegrations(tx, actor.organizationId, content.ownerId, wanted);
    const unknown = rows.filter((r) => r.id === null).map((r) => r.wanted);
    if (unknown.length) throw unknownIntegrations(unknown);
    const refused = rows.filter((r) => !r.allowed);
    if (refused.length) {
      const names = refused.slice(0, 5).map((r) => `"${r.name}" (${r.guid})`).join(", ");
      throw new AppError("bad_request", `The content's owner may not use OAuth integration ${names}${refused.length > 5 ? ` and ${refused.length - 5} more` : ""}`);
    }
    const integrations = rows.map((r) => ({ id: r.id as bigint, guid: r.guid as string }));
    const before = (await tx.contentAssociation.findMany({ where: { contentId: content.id }, include: associationInclude })).map(toDto);
    await tx.contentAssociation.deleteMany({ where: { contentId: content.id, integrationId: { notIn: integrations.map((i) => i.id) } } });
    await tx.contentAssociation.createMany({
      data: integrations.map((i) => ({ contentId: content.id, integrationId: i.id })),
      skipDuplicates: true,
    });
    const after = (await tx.contentAssociation.findMany({ where: { contentId: content.id }, include: associationInclude, orderBy: { createdAt: "asc" } })).map(toDto);
    await recordAuditEvent(tx, {
      actor,
      organizationId: actor.organizationId,
      action: "content.associate",
      resourceType: "content",
      resourceId: content.id,
      before: before.map((a) => a.integrationGuid),
      after: after.map((a) => a.integrationGuid),
      context,
    });
    return after;
  });
}
