// Two DELETEs of one board or connection at once: the loser's delete found no row (Prisma P2025)
// and answered 500; now it is 404 like any missing object (found by fuzzing).
import { expect, it } from "vitest";
import { createApp } from "@/lib/server/apps/create-app";
import { createBoard } from "@/lib/server/boards/create-board";
import { deleteBoard } from "@/lib/server/boards/delete-board";
import { createConnection } from "@/lib/server/connections/create-connection";
import { deleteConnection } from "@/lib/server/connections/delete-connection";
import { context, createTeam } from "../../support/fixtures";

it("concurrent deletes: one succeeds, the others are 404", async () => {
  const { admin } = await createTeam();
  const board = await createBoard(admin, { name: "Doomed" }, context());
  const boards = await Promise.allSettled(Array.from({ length: 6 }, () => deleteBoard(admin, board.id, { ifMatch: null }, context())));
  expect(boards.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  for (const r of boards) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 404 });
  const app = await createApp(admin, { name: "Doomed app", server: { url: "https://api.example.com" }, authConfigs: [{ type: "apikey", data: { name: "X-Key", in: "header" } }] }, context());
  const connection = await createConnection(admin, { name: "Doomed", appId: app.id, authType: "apikey", data: { apiKey: "k-1" } }, context());
  const connections = await Promise.allSettled(Array.from({ length: 6 }, () => deleteConnection(admin, connection.id, { ifMatch: null }, context())));
  expect(connections.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  for (const r of connections) if (r.status === "rejected") expect(r.reason).toMatchObject({ status: 404 });
});
