import { z } from "zod";

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
