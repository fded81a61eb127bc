import "server-only";
// Who may use an integration (Posit's `permissions`): users and groups of the integration's own
// organisation; an empty list means everyone in it. A principal of another organisation is
// refused exactly like an unknown one, so nothing about other organisations leaks.
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import type { PermissionInput } from "@/lib/schemas/integrations";
import type { Tx } from "@/lib/server/db/client";

type Resolved = { userId: string } | { groupId: string };

const unknownPrincipal = (kind: "user" | "group", guid: string) =>
  new AppError("bad_request", `permissions: unknown ${kind} guid ${guid.slice(0, 64)}`, {
    fieldErrors: { permissions: [`Unknown ${kind} ${guid.slice(0, 64)}`] },
  });

export async function resolvePermissions(tx: Tx, organizationId: string, inputs: readonly PermissionInput[]): Promise<Resolved[]> {
  const userGuids = [...new Set(inputs.flatMap((p) => ("userGuid" in p ? [p.userGuid] : [])))];
  const groupGuids = [...new Set(inputs.flatMap((p) => ("groupGuid" in p ? [p.groupGuid] : [])))];
  for (const guid of userGuids) if (!isUuid(guid)) throw unknownPrincipal("user", guid);
  for (const guid of groupGuids) if (!isUuid(guid)) throw unknownPrincipal("group", guid);
  // At most 200 of each (the schema's cap), so one IN list each is bounded.
  const [members, groups] = await Promise.all([
    userGuids.length ? tx.membership.findMany({ where: { organizationId, userId: { in: userGuids } }, select: { userId: true } }) : [],
    groupGuids.length ? tx.group.findMany({ where: { organizationId, id: { in: groupGuids } }, select: { id: true } }) : [],
  ]);
  const knownUsers = new Set(members.map((m) => m.userId));
  const knownGroups = new Set(groups.map((g) => g.id));
  for (const guid of userGuids) if (!knownUsers.has(guid)) throw unknownPrincipal("user", guid);
  for (const guid of groupGuids) if (!knownGroups.has(guid)) throw unknownPrincipal("group", guid);
  return [...userGuids.map((userId) => ({ userId })), ...groupGuids.map((groupId) => ({ groupId }))];
}

/** Replaces an integration's list (Posit: PATCH replaces it). */
export async function replacePermissions(tx: Tx, integrationId: bigint, resolved: readonly Resolved[]): Promise<void> {
  await tx.integrationPermission.deleteMany({ where: { integrationId } });
  if (resolved.length) await tx.integrationPermission.createMany({ data: resolved.map((p) => ({ integrationId, ...p })) });
}

/** Whether a user may use an integration: no permissions, or listed, or in a listed group. */
export async function userMayUse(tx: Tx, integrationId: bigint, userId: string): Promise<boolean> {
  const [{ allowed }] = await tx.$queryRaw<{ allowed: boolean }[]>`
    SELECT NOT EXISTS (SELECT 1 FROM integration_permissions p WHERE p.integration_id = ${integrationId})
        OR EXISTS (SELECT 1 FROM integration_permissions p
                    WHERE p.integration_id = ${integrationId}
                      AND (p.user_id = ${userId}::uuid
                           OR p.group_id IN (SELECT gm.group_id FROM group_members gm WHERE gm.user_id = ${userId}::uuid))) AS allowed`;
  return allowed;
}

export type UsableIntegration = { wanted: string; id: bigint | null; guid: string | null; name: string | null; allowed: boolean };

/**
 * For each wanted guid (lower-case UUIDs), the integration of the organisation it names (null
 * when none) and whether `ownerId` may use it (no owner = no restriction). One statement with one
 * array parameter, however many guids: the same rule as userMayUse, set-wise.
 */
export async function usableIntegrations(tx: Tx, organizationId: string, ownerId: string | null, guids: readonly string[]): Promise<UsableIntegration[]> {
  if (!guids.length) return [];
  return tx.$queryRaw<UsableIntegration[]>`
    SELECT w.guid::text AS wanted, i.id, i.guid::text AS guid, i.name,
           (${ownerId}::uuid IS NULL
            OR NOT EXISTS (SELECT 1 FROM integration_permissions p WHERE p.integration_id = i.id)
            OR EXISTS (SELECT 1 FROM integration_permissions p
                        WHERE p.integration_id = i.id
                          AND (p.user_id = ${ownerId}::uuid
                               OR p.group_id IN (SELECT gm.group_id FROM group_members gm WHERE gm.user_id = ${ownerId}::uuid)))) AS allowed
      FROM unnest(${guids}::uuid[]) WITH ORDINALITY AS w(guid, n)
      LEFT JOIN integrations i ON i.guid = w.guid AND i.organization_id = ${organizationId}::uuid
     ORDER BY w.n`;
}
