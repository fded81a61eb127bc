// The console's Apps, Connections and Boards lists on the shared data table: numbered keyset pages
// with exact totals in both directions, server-side sort and filters, the CSV export of the
// filter (every row, no secret) — all inside the caller's organisation and role.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { appListQuerySchema } from "@/lib/schemas/apps";
import { boardListQuerySchema } from "@/lib/schemas/boards";
import { connectionListQuerySchema } from "@/lib/schemas/connections";
import { createApp } from "@/lib/server/apps/create-app";
import { searchApps } from "@/lib/server/apps/search-apps";
import { createBoard } from "@/lib/server/boards/create-board";
import { setBoardPublished } from "@/lib/server/boards/publish-board";
import { searchBoards } from "@/lib/server/boards/search-boards";
import { createConnection } from "@/lib/server/connections/create-connection";
import { exportConnections, searchConnections } from "@/lib/server/connections/search-connections";
import { context, createTeam } from "../../support/fixtures";

const collect = async <T>(batches: AsyncIterable<T[]>) => {
  const rows: T[] = [];
  for await (const batch of batches) rows.push(...batch);
  return rows;
};

describe("console lists (Switchboard)", () => {
  it("pages connections by keyset with a total, sorts by auth type and filters; the export holds the filter's rows and no secret", async () => {
    const { admin, publisher, viewer } = await createTeam();
    const other = await createTeam();
    const canary = `canary-connection-secret-${randomUUID()}`;
    const made: { name: string; authType: string }[] = [];
    for (let i = 0; i < 12; i++) {
      const authType = i % 3 === 0 ? "httpBasicAuth" : "apikey";
      const data = authType === "apikey" ? { apiKey: canary } : { user: "u", password: canary };
      made.push((await createConnection(admin, { name: `Conn ${String(i).padStart(2, "0")}`, appId: "generic-rest", authType, data }, context())) as { name: string; authType: string });
    }
    await createConnection(other.admin, { name: "Conn elsewhere", appId: "generic-rest", authType: "apikey", data: { apiKey: canary } }, context());

    const query = (q: Record<string, unknown>) => connectionListQuerySchema.parse({ q: "Conn", size: 10, ...q });
    const first = await searchConnections(publisher, query({ sort: "name" }), context());
    expect(first).toMatchObject({ total: 12, totalExact: true, pageCount: 2 });
    const second = await searchConnections(publisher, query({ sort: "name", page: 2, cursor: first.cursors.next }), context());
    expect([...first.items, ...second.items].map((c) => c.name)).toEqual(made.map((c) => c.name).sort());
    const back = await searchConnections(publisher, query({ sort: "name", page: 1, cursor: second.cursors.prev }), context());
    expect(back.items.map((c) => c.name)).toEqual(first.items.map((c) => c.name));
    const jumped = await searchConnections(publisher, query({ sort: "name", page: 2 }), context());
    expect(jumped.items.map((c) => c.name)).toEqual(second.items.map((c) => c.name));

    const byType = await searchConnections(admin, query({ sort: "-authType", size: 25 }), context());
    expect(byType.items.map((c) => c.authType)).toEqual([...Array(4).fill("httpBasicAuth"), ...Array(8).fill("apikey")]);
    expect((await searchConnections(admin, query({ authType: "httpBasicAuth" }), context())).total).toBe(4);
    expect((await searchConnections(admin, query({ appId: "no-such-app" }), context())).total).toBe(0);
    expect(JSON.stringify(byType)).not.toContain(canary);

    const rows = await collect(await exportConnections(admin, query({ authType: "apikey" }), context()));
    expect(rows).toHaveLength(8);
    expect(Object.keys(rows[0]).sort()).toEqual(["appId", "authType", "boards", "createdAt", "id", "name", "secretExpiresAt", "updatedAt"]);
    expect(JSON.stringify(rows)).not.toContain(canary);
    await expect(searchConnections(viewer, query({}), context())).rejects.toMatchObject({ status: 403 });
    await expect(exportConnections(viewer, query({}), context())).rejects.toMatchObject({ status: 403 });
  });

  it("lists boards with their connections, by status; apps with how many connections use each", async () => {
    const { admin, viewer } = await createTeam();
    const app = await createApp(admin, { name: "Own API", server: { name: "Own", url: "https://own.example.com" }, authConfigs: [{ type: "apikey", data: { in: "header", name: "X-Key" } }] }, context());
    const connection = await createConnection(admin, { name: "Uses own", appId: app.id, authType: "apikey", data: { apiKey: "k" } }, context());
    await createApp(admin, { name: "Unused API", server: { name: "Unused", url: "https://unused.example.com" }, authConfigs: [] }, context());
    const draft = await createBoard(admin, { name: "Board A", connectionIds: [connection.id] }, context());
    const published = await createBoard(admin, { name: "Board B", connectionIds: [] }, context());
    await setBoardPublished(admin, published.id, true, context());

    const boards = await searchBoards(admin, boardListQuerySchema.parse({}), context());
    expect(boards.items.map((b) => [b.name, b.status, b.connections.map((c) => c.name)])).toEqual([
      ["Board A", "draft", ["Uses own"]],
      ["Board B", "published", []],
    ]);
    expect((await searchBoards(admin, boardListQuerySchema.parse({ status: "published" }), context())).items.map((b) => b.id)).toEqual([published.id]);
    expect((await searchBoards(admin, boardListQuerySchema.parse({ sort: "-name" }), context())).items[0].id).toBe(published.id);
    expect(draft.id).toBeTruthy();

    const apps = await searchApps(admin, appListQuerySchema.parse({}), context());
    expect(apps.items.map((a) => [a.name, a.connectionCount])).toEqual([
      ["Own API", 1],
      ["Unused API", 0],
    ]);
    expect((await searchApps(admin, appListQuerySchema.parse({ q: "unused" }), context())).total).toBe(1);
    await expect(searchApps(viewer, appListQuerySchema.parse({}), context())).rejects.toMatchObject({ status: 403 });
    await expect(searchBoards(viewer, boardListQuerySchema.parse({}), context())).rejects.toMatchObject({ status: 403 });
  });
});
