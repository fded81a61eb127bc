import { z } from "zod";
import { listPageFields } from "./list-query";

// Workloads (Posit's "content items"). Posit's POST/PATCH v1/content take many more fields (access
// type, runtime settings, …): they describe deployed bundles, which a workload does not have, so they
// are accepted and ignored; the fields a workload has are checked here, for the API and the forms.
const NO_NUL = /^[^\u0000]*$/;
const name = z
  .string({ error: "name is required" })
  .trim()
  .min(1, "name is required")
  .max(64, "name must be at most 64 characters")
  .regex(NO_NUL, "name must not contain the NUL character");
const title = z.string().trim().max(1024, "title must be at most 1024 characters").regex(NO_NUL).nullish();
const description = z.string().max(4096, "description must be at most 4096 characters").regex(NO_NUL).nullish();

export const createContentSchema = z.object({ name, title, description });
export type CreateContentInput = z.infer<typeof createContentSchema>;

/** PATCH: only the fields given change; `null` clears a title or description. */
export const updateContentSchema = z.object({ name: name.optional(), title, description });
export type UpdateContentInput = z.infer<typeof updateContentSchema>;

/** `GET v1/content` filters, as posit-sdk's `content.find(owner_guid=…, name=…)` sends them. */
export const positContentQuerySchema = z.object({
  owner_guid: z.string().max(100).regex(NO_NUL).optional().catch(undefined).meta({ description: "Only the workloads this user owns." }),
  name: z.string().max(200).regex(NO_NUL).optional().catch(undefined).meta({ description: "Only the workloads with exactly this name." }),
  include: z.string().max(200).optional().catch(undefined).meta({ description: "Accepted and ignored (`owner`, `tags`: a workload has neither to embed)." }),
});
export type PositContentQuery = z.infer<typeof positContentQuerySchema>;

/** `POST v1/content/{guid}/user-session-token`: the caller's own by default; an admin may name a member. */
export const userSessionTokenRequestSchema = z.strictObject({
  user_guid: z.string().max(100).regex(NO_NUL).nullish().meta({ description: "A member of the organisation (administrators only); default the caller." }),
});

export type WorkloadDto = {
  guid: string;
  name: string;
  title: string | null;
  description: string;
  ownerGuid: string | null;
  ownerEmail: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

export type ContentSessionTokenDto = { id: string; prefix: string; name: string; createdAt: string; lastUsedAt: string | null; createdByEmail: string | null };

export type ExchangeCountDto = { integrationGuid: string; integrationName: string; day: string; served: number; obtained: number; refused: number; lastAt: string; lastResult: string };

// ---- The console's Workloads pages.

/** New / edit workload: the API's rules, in words for a person. */
export const workloadFormSchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(64, "Name must be at most 64 characters"),
  title: z.string().trim().max(1024, "Title must be at most 1024 characters"),
  description: z.string().max(4096, "Description must be at most 4096 characters"),
});
export type WorkloadFormValues = z.infer<typeof workloadFormSchema>;

export const WORKLOAD_SORTS = ["name", "-name", "created", "-created"] as const;

/** The Workloads list's URL state; anything malformed falls back to the default. */
export const workloadListQuerySchema = z.object({
  q: z.string().trim().max(100).regex(NO_NUL).catch(""),
  ...listPageFields(WORKLOAD_SORTS, "name"),
});
export type WorkloadListQuery = z.infer<typeof workloadListQuerySchema>;
