import { describe, expect, it } from "vitest";
import { getContentAssociations, setContentAssociations } from "@/lib/server/content/content-associations";
import { db } from "@/lib/server/db/client";
import { createIntegration } from "@/lib/server/integrations/create-integration";
import { createWorkload } from "@/lib/server/workloads/create-workload";
import { deleteWorkload } from "@/lib/server/workloads/delete-workload";
import { getWorkload } from "@/lib/server/workloads/get-workload";
import { listAllWorkloads, searchWorkloads } from "@/lib/server/workloads/list-workloads";
import { updateWorkload } from "@/lib/server/workloads/update-workload";
import { workloadEtag } from "@/lib/server/workloads/workload-dto";
import { workloadListQuerySchema, type WorkloadDto } from "@/lib/schemas/content";
import { context, createMember, createTeam } from "../../support/fixtures";

const visitor = (name: string) => ({ name, template: "connect", config: { max_role: "Viewer" } });

async function all(batches: AsyncGenerator<WorkloadDto[]>) {
  const out: WorkloadDto[] = [];
  for await (const batch of batches) out.push(...batch);
  return out;
}

const search = (actor: Parameters<typeof searchWorkloads>[0], q = "") => searchWorkloads(actor, workloadListQuerySchema.parse({ q }), context());

describe("workloads: ownership", () => {
  it("a publisher sees and edits only their own, an admin every one, a viewer none, another organisation nothing", async () => {
    const { organization, admin, publisher, viewer } = await createTeam();
    const other = await createMember(organization, "publisher");
    const mine = await createWorkload(publisher, { name: "report", title: "Quarterly report", description: "numbers" }, context());
    const theirs = await createWorkload(other, { name: "dashboard" }, context());
    const admins = await createWorkload(admin, { name: "admin-job" }, context());
    expect(mine).toMatchObject({ ownerGuid: publisher.userId, ownerEmail: publisher.email, title: "Quarterly report", description: "numbers", version: 1 });

    // Reads.
    expect((await getWorkload(publisher, mine.guid, context())).name).toBe("report");
    await expect(getWorkload(publisher, theirs.guid, context())).rejects.toMatchObject({ status: 404 });
    await expect(getWorkload(publisher, admins.guid, context())).rejects.toMatchObject({ status: 404 });
    expect((await getWorkload(admin, theirs.guid, context())).name).toBe("dashboard");
    await expect(getWorkload(viewer, mine.guid, context())).rejects.toMatchObject({ status: 403 });
    await expect(createWorkload(viewer, { name: "nope" }, context())).rejects.toMatchObject({ status: 403 });

    // Lists: the console's page and Posit's stream, with its filters.
    expect((await search(publisher)).items.map((w) => w.guid)).toEqual([mine.guid]);
    expect((await search(admin)).items.map((w) => w.name)).toEqual(["admin-job", "dashboard", "report"]);
    expect((await search(admin, "QUARTER")).items.map((w) => w.guid)).toEqual([mine.guid]);
    await expect(search(viewer)).rejects.toMatchObject({ status: 403 });
    expect((await all(await listAllWorkloads(publisher, {}, context()))).map((w) => w.guid)).toEqual([mine.guid]);
    expect((await all(await listAllWorkloads(publisher, { owner_guid: other.userId }, context())))).toEqual([]);
    expect((await all(await listAllWorkloads(admin, { owner_guid: other.userId }, context()))).map((w) => w.guid)).toEqual([theirs.guid]);
    expect((await all(await listAllWorkloads(admin, { name: "report" }, context()))).map((w) => w.guid)).toEqual([mine.guid]);
    expect(await all(await listAllWorkloads(admin, { owner_guid: "not-a-guid" }, context()))).toEqual([]);

    // Writes.
    await expect(updateWorkload(publisher, theirs.guid, { title: "mine now" }, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(deleteWorkload(publisher, theirs.guid, {}, context())).rejects.toMatchObject({ status: 404 });
    const updated = await updateWorkload(admin, theirs.guid, { title: "Renamed by an admin" }, {}, context());
    expect(updated).toMatchObject({ title: "Renamed by an admin", version: 2, ownerGuid: other.userId });

    // Another organisation: 404 for its admin too, and its lists hold nothing of ours.
    const outsider = await createTeam();
    await expect(getWorkload(outsider.admin, mine.guid, context())).rejects.toMatchObject({ status: 404 });
    await expect(updateWorkload(outsider.admin, mine.guid, { title: "x" }, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(deleteWorkload(outsider.admin, mine.guid, {}, context())).rejects.toMatchObject({ status: 404 });
    expect((await search(outsider.admin)).items).toEqual([]);
    await expect(getWorkload(admin, "not-a-guid", context())).rejects.toMatchObject({ status: 404 });
  });

  it("updates only the fields given, honours If-Match and the form's version, audits create/update/delete", async () => {
    const { publisher } = await createTeam();
    const w = await createWorkload(publisher, { name: "etl", title: "ETL" }, context());
    await expect(updateWorkload(publisher, w.guid, { name: "" }, {}, context())).rejects.toMatchObject({ status: 400 });
    await expect(updateWorkload(publisher, w.guid, { title: "stale" }, { ifMatch: '"nope.1"' }, context())).rejects.toMatchObject({ status: 412 });
    await expect(updateWorkload(publisher, w.guid, { title: "stale" }, { expectedVersion: 7 }, context())).rejects.toMatchObject({ status: 412 });
    const v2 = await updateWorkload(publisher, w.guid, { description: "nightly" }, { ifMatch: workloadEtag(w) }, context());
    expect(v2).toMatchObject({ name: "etl", title: "ETL", description: "nightly", version: 2 });
    const v3 = await updateWorkload(publisher, w.guid, { title: null }, {}, context());
    expect(v3.title).toBeNull();
    await expect(deleteWorkload(publisher, w.guid, { ifMatch: workloadEtag(v2) }, context())).rejects.toMatchObject({ status: 412 });
    await deleteWorkload(publisher, w.guid, { ifMatch: workloadEtag(v3) }, context());
    await expect(getWorkload(publisher, w.guid, context())).rejects.toMatchObject({ status: 404 });
    const events = await db.auditEvent.findMany({ where: { resourceId: w.guid, outcome: "success" }, orderBy: { id: "asc" }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(["content.create", "content.update", "content.update", "content.delete"]);
  });
});

describe("workloads: associations follow ownership", () => {
  it("a publisher reads and replaces only the associations of workloads they own; an admin, any", async () => {
    const { organization, admin, publisher } = await createTeam();
    const other = await createMember(organization, "publisher");
    const integration = await createIntegration(admin, visitor("Everyone"), context());
    const theirs = await createWorkload(other, { name: "theirs" }, context());
    const mine = await createWorkload(publisher, { name: "mine" }, context());
    const set = (actor: typeof admin, guid: string) => setContentAssociations(actor, guid, [{ oauth_integration_guid: integration.guid }], context());

    expect(await set(publisher, mine.guid)).toHaveLength(1);
    await expect(set(publisher, theirs.guid)).rejects.toMatchObject({ status: 404 });
    await expect(getContentAssociations(publisher, theirs.guid, context())).rejects.toMatchObject({ status: 404 });
    expect(await db.contentAssociation.count({ where: { contentId: theirs.guid } })).toBe(0);
    expect(await set(admin, theirs.guid)).toHaveLength(1);
    expect((await getContentAssociations(admin, mine.guid, context())).map((a) => a.integrationGuid)).toEqual([integration.guid]);
  });
});
