import { z } from "zod";
import { listPageFields } from "./list-query";
import { AUTH_CONFIG_TYPES } from "./switchboard";

// The console's Apps, Connections and Boards lists (the shared data table's URL state). The
// Switchboard API keeps its own paging (`first`/`after`/`before`/`sort`, lib/server/pagination/cursor-page.ts).

export const APP_LIST_SORTS = ["name", "-name", "created", "-created"] as const;
export const appListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  ...listPageFields(APP_LIST_SORTS, "name"),
});
export type AppListQuery = z.infer<typeof appListQuerySchema>;

export const CONNECTION_LIST_SORTS = ["name", "-name", "created", "-created", "updated", "-updated", "authType", "-authType"] as const;
export const connectionListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  appId: z.string().trim().max(100).catch(""),
  authType: z.enum(["", ...AUTH_CONFIG_TYPES]).catch(""),
  ...listPageFields(CONNECTION_LIST_SORTS, "-created"),
});
export type ConnectionListQuery = z.infer<typeof connectionListQuerySchema>;

export const BOARD_STATUSES = ["draft", "published"] as const;
export const BOARD_LIST_SORTS = ["name", "-name", "created", "-created"] as const;
export const boardListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  status: z.enum(["", ...BOARD_STATUSES]).catch(""),
  ...listPageFields(BOARD_LIST_SORTS, "name"),
});
export type BoardListQuery = z.infer<typeof boardListQuerySchema>;
