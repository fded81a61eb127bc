import "server-only";
// A workload's content session tokens (Posit's CONNECT_CONTENT_SESSION_TOKEN): made on the
// workload's page or with the CLI, shown once, stored as SHA-256 (session-token-format.ts), listed
// by prefix, revocable; several live at once so a workload can rotate. Whoever may reach the
// workload (its owner, an admin) manages them. The token itself is never logged or audited.
import type { ContentSessionTokenDto } from "@/lib/schemas/content";

export const tokenSelect = { id: true, prefix: true, name: true, createdAt: true, lastUsedAt: true, createdById: true } as const;
type TokenRow = { id: string; prefix: string; name: string; createdAt: Date; lastUsedAt: Date | null; createdById: string | null };

export const toSessionTokenDto = (row: TokenRow, emails: Map<string, string>): ContentSessionTokenDto => ({
  id: row.id,
  prefix: row.prefix,
  name: row.name,
  createdAt: row.createdAt.toISOString(),
  lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
  createdByEmail: (row.createdById && emails.get(row.createdById)) ?? null,
});
