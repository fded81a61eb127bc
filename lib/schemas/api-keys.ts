import { z } from "zod";
import { listPageFields } from "./list-query";

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, "Name is required").max(100, "Name must be at most 100 characters"),
  expiresInDays: z.coerce
    .number<number>()
    .int("Whole days only")
    .min(1, "At least 1 day")
    .max(3650, "At most 3650 days")
    .optional(),
});
export type CreateApiKeyInput = z.infer<typeof createApiKeySchema>;

export type ApiKeyDto = {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
};

/** `""` (the default) hides revoked keys; they stay one filter away. */
export const API_KEY_STATUS_FILTERS = ["", "active", "expired", "revoked", "all"] as const;
export const API_KEY_SORTS = ["name", "-name", "created", "-created", "lastUsed", "-lastUsed", "expires", "-expires"] as const;

export const apiKeyListQuerySchema = z.object({
  status: z.enum(API_KEY_STATUS_FILTERS).catch(""),
  ...listPageFields(API_KEY_SORTS, "-created"),
});
export type ApiKeyListQuery = z.infer<typeof apiKeyListQuerySchema>;
