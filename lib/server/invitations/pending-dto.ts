import "server-only";
import type { PendingDto } from "@/lib/schemas/users";

export const pendingSelect = { userId: true, email: true, role: true, createdAt: true, expiresAt: true } as const;

type Row = { userId: string; email: string; role: string; createdAt: Date; expiresAt: Date };

/** What the inviting organisation sees of an invited person: the address it gave, the role, the dates. */
export const toPendingDto = (row: Row, now = Date.now()): PendingDto => ({
  userId: row.userId,
  email: row.email,
  role: row.role,
  invitedAt: row.createdAt.toISOString(),
  expiresAt: row.expiresAt.toISOString(),
  expired: row.expiresAt.getTime() <= now,
});
