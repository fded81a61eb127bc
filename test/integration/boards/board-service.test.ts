// The boards services (lib/server/boards) called directly: create/read/update/publish/delete, the
// permission table (publisher reads, viewer and another organisation are refused), If-Match and
// version conflicts, and a board that may only use its own organisation's connections.
import { describe, expect, it } from "vitest";
import { recordEtag } from "@/lib/server/preconditions";
import { createApp } from "@/lib/server/apps/create-app";
import type { Actor } from "@/lib/server/auth/actor";
import { createBoard } from "@/lib/server/boards/create-board";
import { deleteBoard } from "@/lib/server/boards/delete-board";
import { getBoard } from "@/lib/server/boards/get-board";
import { listBoards } from "@/lib/server/boards/list-boards";
import { setBoardPublished } from "@/lib/server/boards/publish-board";
import { updateBoard } from "@/lib/server/boards/update-board";
import { createConnection } from "@/lib/server/connections/create-connection";
import { db } from "@/lib/server/db/client";
import { context, createTeam } from "../../support/fixtures";

async function makeConnection(admin: Actor, name: string) {
  const app = await createApp(admin, { name: `App for ${name}`, server: { url: "https://api.example" }, authConfigs: [{ type: "apikey", data: { name: "X-Key", in: "header" } }] }, context());
  return createConnection(admin, { name, appId: app.id, authType: "apikey", data: { apiKey: `key-${name}` } }, context());
}

describe("boards service", () => {
  it("creates, reads, lists, replaces, publishes and deletes a board, each change audited", async () => {
    const { admin, publisher } = await createTeam();
    const [first, second] = [await makeConnection(admin, "first"), await makeConnection(admin, "second")];
    const created = await createBoard(admin, { name: "Sync", connectionIds: [first.id] }, context());
    expect(created).toMatchObject({ orgId: admin.organizationId, name: "Sync", status: "draft", connections: [{ id: first.id, name: "first" }], version: 1 });
    expect(await getBoard(publisher, created.id, context())).toEqual(created);
    expect((await listBoards(publisher, {}, context())).items).toEqual([created]);

    const updated = await updateBoard(admin, created.id, { name: "Sync v2", connectionIds: [second.id, second.id] }, {}, context());
    expect(updated).toMatchObject({ name: "Sync v2", connections: [{ id: second.id, name: "second" }], version: 2 });
    // Without connectionIds a replace keeps the connections.
    const renamed = await updateBoard(admin, created.id, { name: "Sync v3" }, {}, context());
    expect(renamed).toMatchObject({ name: "Sync v3", connections: updated.connections, version: 3 });

    const { board: published } = await setBoardPublished(admin, created.id, true, context());
    expect(published).toMatchObject({ status: "published", version: 4 });
    expect(await deleteBoard(admin, created.id, {}, context())).toEqual({ id: created.id });
    await expect(getBoard(admin, created.id, context())).rejects.toMatchObject({ status: 404 });
    expect(await db.boardConnection.count({ where: { boardId: created.id } })).toBe(0);
    const actions = (await db.auditEvent.findMany({ where: { resourceId: created.id, outcome: "success" }, orderBy: { id: "asc" } })).map((e) => e.action);
    expect(actions).toEqual(["board.create", "board.update", "board.update", "board.publish", "board.delete"]);
  });

  it("lets a publisher read but not write or publish, refuses a viewer, and audits each refusal", async () => {
    const { admin, publisher, viewer } = await createTeam();
    const board = await createBoard(admin, { name: "Guarded" }, context());
    await expect(createBoard(publisher, { name: "Mine" }, context())).rejects.toMatchObject({ status: 403 });
    await expect(updateBoard(publisher, board.id, { name: "Renamed" }, {}, context())).rejects.toMatchObject({ status: 403 });
    await expect(setBoardPublished(publisher, board.id, true, context())).rejects.toMatchObject({ status: 403 });
    await expect(deleteBoard(publisher, board.id, {}, context())).rejects.toMatchObject({ status: 403 });
    await expect(getBoard(viewer, board.id, context())).rejects.toMatchObject({ status: 403 });
    await expect(listBoards(viewer, {}, context())).rejects.toMatchObject({ status: 403 });

    expect(await getBoard(admin, board.id, context())).toEqual(board);
    const denied = await db.auditEvent.findMany({ where: { organizationId: admin.organizationId, outcome: "denied" }, orderBy: { id: "asc" } });
    expect(denied.map((e) => [e.action, e.actorId])).toEqual([
      ...Array.from({ length: 4 }, () => ["board.write", publisher.userId]),
      ["board.read", viewer.userId],
      ["board.read", viewer.userId],
    ]);
  });

  it("never reaches another organisation: its board is 404, its connections cannot be used", async () => {
    const ours = await createTeam();
    const theirs = await createTeam();
    const board = await createBoard(ours.admin, { name: "Ours" }, context());
    const ourConnection = await makeConnection(ours.admin, "ours");
    await expect(getBoard(theirs.admin, board.id, context())).rejects.toMatchObject({ status: 404 });
    await expect(updateBoard(theirs.admin, board.id, { name: "Hijacked" }, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(setBoardPublished(theirs.admin, board.id, true, context())).rejects.toMatchObject({ status: 404 });
    await expect(deleteBoard(theirs.admin, board.id, {}, context())).rejects.toMatchObject({ status: 404 });
    await expect(createBoard(theirs.admin, { name: "Borrowing", connectionIds: [ourConnection.id] }, context())).rejects.toMatchObject({ status: 400 });
    await expect(updateBoard(ours.admin, board.id, { name: "Ours", connectionIds: ["not-an-id"] }, {}, context())).rejects.toMatchObject({ status: 400 });
    expect((await listBoards(theirs.admin, {}, context())).items).toEqual([]);
    expect(await getBoard(ours.admin, board.id, context())).toEqual(board);
  });

  it("refuses a stale If-Match or version (412) on update and delete; of two writers of one version, one wins", async () => {
    const { admin } = await createTeam();
    const board = await createBoard(admin, { name: "Raced" }, context());
    const v2 = await updateBoard(admin, board.id, { name: "Second" }, { ifMatch: recordEtag(board) }, context());
    await expect(updateBoard(admin, board.id, { name: "Stale" }, { ifMatch: recordEtag(board) }, context())).rejects.toMatchObject({ status: 412 });
    await expect(updateBoard(admin, board.id, { name: "Stale" }, { expectedVersion: 1 }, context())).rejects.toMatchObject({ status: 412 });
    await expect(deleteBoard(admin, board.id, { ifMatch: recordEtag(board) }, context())).rejects.toMatchObject({ status: 412 });
    expect(await getBoard(admin, board.id, context())).toEqual(v2);

    const racers = await Promise.allSettled(["A", "B", "C"].map((name) => updateBoard(admin, board.id, { name }, { expectedVersion: 2 }, context())));
    expect(racers.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of racers) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 412 });
    expect((await getBoard(admin, board.id, context())).version).toBe(3);
  });
});
