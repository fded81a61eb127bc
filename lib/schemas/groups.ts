import { z } from "zod";

// Posit's groups API bodies. Unknown keys are refused, except Posit's `unique_id` (for remote
// authentication providers), which is accepted and ignored.
export const createGroupSchema = z.strictObject({
  name: z.string({ error: "name is required" }).trim().min(1, "name is required").max(100, "name must be at most 100 characters"),
  unique_id: z.string().nullish(),
});

export const addGroupMemberSchema = z.strictObject({ user_guid: z.string({ error: "user_guid is required" }).min(1, "user_guid is required") });

// A filter with U+0000 matches nothing PostgreSQL can store, and PostgreSQL refuses it in a query
// (a 500, found by the fuzzing proof): like any other unusable filter value, it is ignored.
const NO_NUL = /^[^\u0000]*$/;

/** Posit's paging: page_number from 1, page_size up to 500 (posit-sdk asks for 500). */
export const positPagingSchema = z.object({
  page_number: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  page_size: z.coerce.number().int().min(1).max(500).catch(20),
  prefix: z.string().trim().max(100).regex(NO_NUL).catch(""),
});
export type PositPaging = z.infer<typeof positPagingSchema>;

/** `GET v1/users`: Posit's paging plus `account_status` and `user_role` ("|" = or). */
export const positUserQuerySchema = positPagingSchema.extend({
  account_status: z.string().max(100).regex(NO_NUL).catch("").meta({ description: "locked, licensed or inactive; `|` = or" }),
  user_role: z.string().max(100).regex(NO_NUL).catch("").meta({ description: "administrator, publisher or viewer; `|` = or" }),
});

export type GroupDto = { guid: string; name: string; ownerGuid: string | null; createdAt: string; memberCount: number };
