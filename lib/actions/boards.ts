"use server";
// The console's board writes: the same services the Switchboard API calls (boards are created there).
import { z } from "zod";
import { deleteBoard } from "@/lib/server/boards/delete-board";
import { selection, textId as id, version } from "./args";
import { consoleAction } from "./console-action";
import { deleteEach } from "./delete-each";

/** The list's bulk delete: each selected board with the version the list showed. */
export const deleteBoardsAction = consoleAction(
  selection(z.object({ id, version })),
  ({ items }, { actor, context }) => deleteEach(items, (item) => `board ${item.id}`, (item) => deleteBoard(actor, item.id, { expectedVersion: item.version }, context)),
  // A connection's page lists its boards.
  { revalidate: ["/boards", "/connections"] },
);
