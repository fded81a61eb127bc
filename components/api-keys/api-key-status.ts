import type { ApiKeyDto } from "@/lib/schemas/api-keys";

export type ApiKeyStatus = "active" | "expired" | "revoked";

/** Revoked wins over expired: it was a decision, expiry only the passing of time. */
export function apiKeyStatus(key: Pick<ApiKeyDto, "revokedAt" | "expiresAt">, now: number = Date.now()): ApiKeyStatus {
  if (key.revokedAt) return "revoked";
  if (key.expiresAt && Date.parse(key.expiresAt) <= now) return "expired";
  return "active";
}
