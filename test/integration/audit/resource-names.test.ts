// The audit log names each resource as it was called when the event happened, links it while it
// still exists; the chain still verifies (lib/server/audit/hash-chain.test.ts: the name is hashed).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { db } from "@/lib/server/db/client";
import { addGroupMember } from "@/lib/server/groups/group-members";
import { createGroup } from "@/lib/server/groups/create-group";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { deleteIntegration } from "@/lib/server/integrations/delete-integration";
import { updateIntegration } from "@/lib/server/integrations/update-integration";
import { context, createTeam } from "../../support/fixtures";

describe("audit resource names", () => {
  it("keeps the name at the time of each event and links only what still exists", async () => {
    const { admin, publisher } = await createTeam();
    const name = `Named ${randomUUID().slice(0, 6)}`;
    const created = await createIntegration(admin, { name, template: "connect", config: { max_role: "Viewer" } }, context());
    await updateIntegration(admin, created.guid, { name: `${name} renamed` }, {}, context());
    const kept = await createIntegration(admin, { name: `${name} kept`, template: "connect", config: { max_role: "Viewer" } }, context());
    await deleteIntegration(admin, created.guid, {}, context());
    const group = await createGroup(admin, { name: `${name} group` }, context());
    await addGroupMember(admin, group.guid, { user_guid: publisher.userId }, context());

    const { events } = await listAuditEvents(admin, {}, context());
    const byAction = (action: string, id: string) => events.find((e) => e.action === action && e.resourceId === id)!;
    expect(byAction("integration.create", created.guid)).toMatchObject({ resourceName: name, resourceHref: null });
    expect(byAction("integration.update", created.guid)).toMatchObject({ resourceName: `${name} renamed`, resourceHref: null });
    expect(byAction("integration.delete", created.guid)).toMatchObject({ resourceName: `${name} renamed` });
    expect(byAction("integration.create", kept.guid)).toMatchObject({ resourceName: `${name} kept`, resourceHref: `/integrations/${kept.guid}` });
    // A member added: the event's snapshot holds only the user; the group's name is recorded.
    expect(byAction("group.addMember", group.guid)).toMatchObject({ resourceName: `${name} group`, resourceHref: `/groups/${group.guid}` });

    const stored = await db.auditEvent.findFirst({ where: { action: "integration.update", resourceId: created.guid }, select: { resourceName: true } });
    expect(stored?.resourceName).toBe(`${name} renamed`);
    expect(await verifyAuditChain()).toMatchObject({ ok: true });
  });
});
