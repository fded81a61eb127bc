import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { listResourceEvents, RESOURCE_EVENTS_LIMIT } from "@/lib/server/audit/list-resource-events";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { updateIntegration } from "@/lib/server/integrations/update-integration";
import { context, createTeam } from "../../support/fixtures";

const azure = (secret: string) => ({
  name: "Azure",
  description: "first",
  template: "azure",
  config: {
    auth_type: "Service Account",
    client_id: "23a0078b-cd0d-489f-8e00-e5116c71db9b",
    client_secret: secret,
    scopes: "api://x/.default",
    tenant_id: "a0b52758-d0b5-4b27-a6c0-13ca07eabdd7",
  },
});

describe("listResourceEvents", () => {
  it("gives admins the latest events with details, newest first, and never a secret", async () => {
    const { admin } = await createTeam();
    const canary = `canary-${randomUUID()}`;
    const created = await createIntegration(admin, azure(canary), context());
    await updateIntegration(admin, created.guid, { description: "second", config: { client_secret: `${canary}-2` } }, {}, context());

    const events = await listResourceEvents(admin, { type: "integration", id: created.guid }, context());
    expect(events.map((e) => e.action)).toEqual(["integration.update", "integration.create"]);
    expect(events[0]).toMatchObject({ id: expect.any(String), outcome: "success", actorLabel: admin.email });
    expect(events[0].details).toMatchObject({ detail: "secrets replaced: client_secret", before: { description: "first" }, after: { description: "second" } });
    expect(JSON.stringify(events)).not.toContain(canary);
  });

  it("gives publishers the trail without snapshots or detail, and refuses viewers", async () => {
    const { admin, publisher, viewer } = await createTeam();
    const created = await createIntegration(admin, azure("s3cret-value"), context());
    const events = await listResourceEvents(publisher, { type: "integration", id: created.guid }, context());
    expect(events).toHaveLength(1);
    expect(events[0]).not.toHaveProperty("details");
    expect(JSON.stringify(events)).not.toContain("first");
    await expect(listResourceEvents(viewer, { type: "integration", id: created.guid }, context())).rejects.toMatchObject({ status: 403 });
  });

  it("stays inside the actor's organisation and returns at most the limit", async () => {
    const ours = await createTeam();
    const theirs = await createTeam();
    const created = await createIntegration(ours.admin, azure("s3cret-value"), context());
    let version = created.version;
    for (let i = 0; i < RESOURCE_EVENTS_LIMIT + 2; i++) {
      version = (await updateIntegration(ours.admin, created.guid, { description: `d${i}` }, { expectedVersion: version }, context())).version;
    }
    expect(await listResourceEvents(theirs.admin, { type: "integration", id: created.guid }, context())).toEqual([]);
    const events = await listResourceEvents(ours.admin, { type: "integration", id: created.guid }, context());
    expect(events).toHaveLength(RESOURCE_EVENTS_LIMIT);
    expect(events[0].details?.after).toMatchObject({ description: `d${RESOURCE_EVENTS_LIMIT + 1}` });
    const total = await db.auditEvent.count({ where: { resourceId: created.guid } });
    expect(total).toBeGreaterThan(RESOURCE_EVENTS_LIMIT);
  });
});
