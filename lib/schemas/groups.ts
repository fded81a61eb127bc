import { z } from "zod";
import { LIST_PAGE_SIZES, listPageFields } from "./list-query";

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

// ---- The console's Groups pages (forms and URL state).

/** The "New group" form: the API's rule, in words for a person. */
export const groupFormSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
});

/** "Add member": an email address or a username of someone in this organisation. */
export const addMemberFormSchema = z.object({
  login: z.string().trim().min(1, "Enter an email address or a username").max(320, "Too long for an email address or a username"),
});

export const GROUP_SORTS = ["name", "-name"] as const;

/** The Groups list's URL state; anything malformed falls back to the default. */
export const groupListQuerySchema = z.object({
  q: z.string().trim().max(100).regex(NO_NUL).catch(""),
  ...listPageFields(GROUP_SORTS, "name"),
});
export type GroupListQuery = z.infer<typeof groupListQuerySchema>;

/** A group's page: its members, in the order they were added, by page number. */
export const groupMembersQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
  size: z.coerce.number().pipe(z.union(LIST_PAGE_SIZES.map((n) => z.literal(n)))).catch(50),
});
