import { z } from "zod";

// Posit's POST v1/content takes many more fields; the console models only what associations need.
export const createContentSchema = z.object({
  name: z.string({ error: "name is required" }).trim().min(1, "name is required").max(64, "name must be at most 64 characters"),
  title: z.string().max(1024).nullish(),
});
