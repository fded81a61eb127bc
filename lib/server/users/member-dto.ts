import "server-only";
import type { MemberDto } from "@/lib/schemas/users";

type Row = {
  role: string;
  disabledAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  user: { id: string; email: string; username: string; firstName: string; lastName: string; disabledAt: Date | null; updatedAt: Date; version: number };
};

export const memberSelect = {
  role: true,
  disabledAt: true,
  createdAt: true,
  updatedAt: true,
  version: true,
  user: { select: { id: true, email: true, username: true, firstName: true, lastName: true, disabledAt: true, updatedAt: true, version: true } },
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
  updatedAt: new Date(Math.max(row.updatedAt.getTime(), row.user.updatedAt.getTime())).toISOString(),
  version: row.version,
  accountVersion: row.user.version,
});

/** The user object's strong validator: its account and its membership here, each versioned. */
export const memberEtag = (m: Pick<MemberDto, "userId" | "accountVersion" | "version">) => `"${m.userId}.${m.accountVersion}.${m.version}"`;
