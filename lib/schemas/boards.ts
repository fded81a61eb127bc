import { z } from "zod";
import { bodyMustBeObject } from "./apps";
import { listPageFields } from "./list-query";

// Boards (BoardCreate / Board). `connectionIds` is this console's extension: the connections
// a board uses, so that a connection's `usedByBoards` is real.
export const BOARD_STATUSES = ["unknown", "draft", "publishing", "published", "unpublishing"] as const;
export const createBoardSchema = z.object(
  {
    name: z.string({ error: "name is required" }).trim().min(1, "name is required").max(200, "name must be at most 200 characters"),
    connectionIds: z.array(z.string().max(100)).max(100, "at most 100 connections").optional(),
  },
  bodyMustBeObject,
);
export const updateBoardSchema = createBoardSchema.extend({
  id: z.string().optional(),
  orgId: z.string().optional(),
  status: z.unknown().optional(),
  createdAt: z.unknown().optional(),
  updatedAt: z.unknown().optional(),
});

export type BoardRefDto = { id: string; name: string; status: string };
export type BoardDto = {
  id: string;
  orgId: string;
  name: string;
  status: string;
  connections: { id: string; name: string }[];
  createdAt: string;
  updatedAt: string;
  version: number;
};

// ---- The console's list (the shared data table's URL state).
export const BOARD_LIST_SORTS = ["name", "-name", "created", "-created"] as const;
export const boardListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  status: z.enum(["", "draft", "published"]).catch(""),
  ...listPageFields(BOARD_LIST_SORTS, "name"),
});
export type BoardListQuery = z.infer<typeof boardListQuerySchema>;
