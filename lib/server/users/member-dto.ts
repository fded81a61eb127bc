import "server-only";
import type { MemberDto } from "@/lib/schemas/users";

type Row = {
  role: string;
  disabledAt: Date | null;
  createdAt: Date;
  version: number;
  user: { id: string; email: string; username: string; firstName: string; lastName: string; disabledAt: Date | null };
};

export const memberSelect = {
  role: true,
  disabledAt: true,
  createdAt: true,
  version: true,
  user: { select: { id: true, email: true, username: true, firstName: true, lastName: true, disabledAt: true } },
} as const;

/** A user as a member of one organisation. Never includes the password hash. */
export const toMemberDto = (row: Row): MemberDto => ({
  userId: row.user.id,
  email: row.user.email,
  username: row.user.username,
  firstName: row.user.firstName,
  lastName: row.user.lastName,
  role: row.role,
  disabled: Boolean(row.disabledAt || row.user.disabledAt),
  createdAt: row.createdAt.toISOString(),
  version: row.version,
});
