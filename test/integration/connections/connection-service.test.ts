// The connections services (lib/server/connections) called directly, as the Switchboard handlers
// and the console's actions call them: create/read/update/delete, the permission table (publisher
// reads, viewer and another organisation are refused), If-Match and version conflicts, and secret
// parts of a connection's data that reach neither a DTO, the row nor an audit row.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createApp } from "@/lib/server/apps/create-app";
import { recordEtag } from "@/lib/server/preconditions";
import { createBoard } from "@/lib/server/boards/create-board";
import { getBoard } from "@/lib/server/boards/get-board";
import { setBoardPublished } from "@/lib/server/boards/publish-board";
import { createConnection } from "@/lib/server/connections/create-connection";
import { deleteConnection } from "@/lib/server/connections/delete-connection";
import { getConnection } from "@/lib/server/connections/get-connection";
import { listConnections } from "@/lib/server/connections/list-connections";
import { updateConnection } from "@/lib/server/connections/update-connection";
import type { Actor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db/client";
import { readStoredSecret } from "@/test/support/stored-secret";
import { context, createTeam } from "../../support/fixtures";

const makeApp = (admin: Actor) =>
  createApp(admin, {
    name: `Orders ${randomUUID().slice(0, 6)}`,
    server: { url: "https://orders.example" },
    authConfigs: [{ type: "apikey", data: { name: "X-Key", in: "header" } }, { type: "httpBasicAuth", data: {} }],
  }, context());

const basic = (password: string, user = "svc") => ({ user, password });
const auditOf = async (resourceId: string) =>
  JSON.stringify((await db.auditEvent.findMany({ where: { resourceId }, orderBy: { id: "asc" } })).map((e) => ({ ...e, id: String(e.id) })));

describe("connections service", () => {
  it("creates, reads, lists, replaces and deletes a connection, each change audited", async () => {
    const { admin, publisher } = await createTeam();
    const app = await makeApp(admin);
    const created = await createConnection(admin, { name: "Orders prod", appId: app.id, authType: "httpBasicAuth", data: basic("pw-1") }, context());
    expect(created).toMatchObject({ orgId: admin.organizationId, name: "Orders prod", appId: app.id, authType: "httpBasicAuth", data: { user: "svc" }, token: null, usedByBoards: [], version: 1 });
    expect(created.app?.id).toBe(app.id);
    expect(created.authConfig?.type).toBe("httpBasicAuth");
    expect(await getConnection(publisher, created.id, context())).toEqual(created);
    expect((await listConnections(publisher, { appId: app.id }, context())).items).toEqual([created]);

    const updated = await updateConnection(admin, created.id, { name: "Orders live", data: basic("", "svc-2") }, {}, context());
    expect(updated).toMatchObject({ id: created.id, name: "Orders live", data: { user: "svc-2" }, version: 2 });
    expect(await getConnection(admin, created.id, context())).toEqual(updated);

    expect(await deleteConnection(admin, created.id, {}, context())).toEqual({ id: created.id, unpublishedBoards: [] });
    await expect(getConnection(admin, created.id, context())).rejects.toMatchObject({ status: 404 });
    expect(await db.secret.count({ where: { resourceType: "connection", resourceId: created.id } })).toBe(0);
    const actions = (await db.auditEvent.findMany({ where: { resourceId: created.id, outcome: "success" }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["connection.create", "connection.update", "connection.delete"]);
  });

  it("keeps secret data write-only: encrypted, kept when sent empty or omitted, replaced when given", async () => {
    const { admin, publisher } = await createTeam();
    const app = await makeApp(admin);
    const canary = `canary-${randomUUID()}`;
    const created = await createConnection(admin, { name: "Keyed", appId: app.id, authType: "apikey", data: { apiKey: `first-${canary}` } }, context());
    expect(created.data).toEqual({});
    expect(created.secrets.apiKey).toMatchObject({ set: true });
    expect(await readStoredSecret("connection", created.id, "apiKey")).toBe(`first-${canary}`);

    const keptEmpty = await updateConnection(admin, created.id, { name: "Keyed 2", data: { apiKey: "" } }, {}, context());
    const keptOmitted = await updateConnection(admin, created.id, { name: "Keyed 3", data: {} }, {}, context());
    expect(keptOmitted.secrets.apiKey).toMatchObject({ set: true });
    expect(await readStoredSecret("connection", created.id, "apiKey")).toBe(`first-${canary}`);

    const replaced = await updateConnection(admin, created.id, { name: "Keyed 4", data: { apiKey: `second-${canary}` } }, {}, context());
    expect(await readStoredSecret("connection", created.id, "apiKey")).toBe(`second-${canary}`);

    // A secret is required on create: an empty one is refused and nothing is stored.
    await expect(createConnection(admin, { name: "Empty", appId: app.id, authType: "apikey", data: { apiKey: "" } }, context())).rejects.toMatchObject({ status: 400 });
    expect(await db.connection.count({ where: { organizationId: admin.organizationId } })).toBe(1);

    const row = await db.connection.findUniqueOrThrow({ where: { id: created.id } });
    const reads = [created, keptEmpty, keptOmitted, replaced, row, await getConnection(publisher, created.id, context()), await listConnections(publisher, {}, context())];
    for (const value of reads) expect(JSON.stringify(value)).not.toContain(canary);
    expect(await auditOf(created.id)).not.toContain(canary);
  });

  it("lets a publisher read but not write, refuses a viewer, and audits each refusal", async () => {
    const { admin, publisher, viewer } = await createTeam();
    const app = await makeApp(admin);
    const connection = await createConnection(admin, { name: "Guarded", appId: app.id, authType: "apikey", data: { apiKey: "k-1" } }, context());
    await expect(createConnection(publisher, { name: "Mine", appId: app.id, authType: "apikey", data: { apiKey: "k-2" } }, context())).rejects.toMatchObject({ status: 403 });
    await expect(updateConnection(publisher, connection.id, { name: "Renamed", data: {} }, {}, context())).rejects.toMatchObject({ status: 403 });
    await expect(deleteConnection(publisher, connection.id, {}, context())).rejects.toMatchObject({ status: 403 });
    await expect(getConnection(viewer, connection.id, context())).rejects.toMatchObject({ status: 403 });
    await expect(listConnections(viewer, {}, context())).rejects.toMatchObject({ status: 403 });

    expect(await getConnection(admin, connection.id, context())).toEqual(connection);
    expect(await db.connection.count({ where: { organizationId: admin.organizationId } })).toBe(1);
    const denied = await db.auditEvent.findMany({ where: { organizationId: admin.organizationId, outcome: "denied" }, orderBy: { id: "asc" } });
    expect(denied.map((e) => [e.action, e.actorId])).toEqual([
      ["connection.write", publisher.userId],
      ["connection.write", publisher.userId],
      ["connection.write", publisher.userId],
      ["connection.read", viewer.userId],
      ["connection.read", viewer.userId],
    ]);
  });

  it("never reaches another organisation: its connection is 404, its app cannot be used, its list is empty", async () => {
    const ours = await createTeam();
    const theirs = await createTeam();
    const app = await makeApp(ours.admin);
    const connection = await createConnection(ours.admin, { name: "Ours", appId: app.id, authType: "apikey", data: { apiKey: "k-1" } }, context());
    await expect(getConnection(theirs.admin, connection.id, context())).rejects.toMatchObject({ status: 404 });
    await expect(updateConnection(theirs.admin, connection.id, { name: "Hijacked", data: { apiKey: "theirs" } }, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(deleteConnection(theirs.admin, connection.id, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(createConnection(theirs.admin, { name: "Borrowed", appId: app.id, authType: "apikey", data: { apiKey: "k" } }, context())).rejects.toMatchObject({ status: 400 });
    expect((await listConnections(theirs.admin, {}, context())).items).toEqual([]);
    expect(await getConnection(ours.admin, connection.id, context())).toEqual(connection);
    expect(await readStoredSecret("connection", connection.id, "apiKey")).toBe("k-1");
  });

  it("refuses a stale If-Match or version (412) on update and delete; of two writers of one version, one wins", async () => {
    const { admin } = await createTeam();
    const app = await makeApp(admin);
    const connection = await createConnection(admin, { name: "Raced", appId: app.id, authType: "apikey", data: { apiKey: "k-1" } }, context());
    const v2 = await updateConnection(admin, connection.id, { name: "Second", data: {} }, { ifMatch: recordEtag(connection) }, context());
    expect(v2.version).toBe(2);

    await expect(updateConnection(admin, connection.id, { name: "Stale", data: { apiKey: "lost" } }, { ifMatch: recordEtag(connection) }, context())).rejects.toMatchObject({ status: 412 });
    await expect(updateConnection(admin, connection.id, { name: "Stale", data: {} }, { expectedVersion: 1 }, context())).rejects.toMatchObject({ status: 412 });
    await expect(deleteConnection(admin, connection.id, { ifMatch: recordEtag(connection) }, context())).rejects.toMatchObject({ status: 412 });
    expect(await getConnection(admin, connection.id, context())).toEqual(v2);
    expect(await readStoredSecret("connection", connection.id, "apiKey")).toBe("k-1");

    const racers = await Promise.allSettled(["A", "B", "C"].map((name) => updateConnection(admin, connection.id, { name, data: { apiKey: `k-${name}` } }, { expectedVersion: 2 }, context())));
    const won = racers.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of racers) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 412 });
    const winner = (won[0] as PromiseFulfilledResult<{ name: string; version: number }>).value;
    expect(winner.version).toBe(3);
    // The winner's secret is the one stored: a loser's write left nothing behind.
    expect(await readStoredSecret("connection", connection.id, "apiKey")).toBe(`k-${winner.name}`);
  });

  it("deleting a connection unpublishes the boards that use it, in the same change", async () => {
    const { admin } = await createTeam();
    const app = await makeApp(admin);
    const connection = await createConnection(admin, { name: "Shared", appId: app.id, authType: "apikey", data: { apiKey: "k-1" } }, context());
    const board = await createBoard(admin, { name: "Uses it", connectionIds: [connection.id] }, context());
    await setBoardPublished(admin, board.id, true, context());
    expect((await getConnection(admin, connection.id, context())).usedByBoards.map((b) => b.id)).toEqual([board.id]);

    expect(await deleteConnection(admin, connection.id, {}, context())).toEqual({ id: connection.id, unpublishedBoards: [board.id] });
    expect((await getBoard(admin, board.id, context())).status).toBe("draft");
  });
});
