import "server-only";
import type { MemberDto } from "@/lib/schemas/users";
import { Prisma } from "@/lib/server/db/client";
import { param, prepared } from "@/lib/server/db/prepared";

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

type MemberSqlRow = {
  role: string; disabled_at: Date | null; created_at: Date; updated_at: Date; version: number;
  user_id: string; email: string; username: string; first_name: string; last_name: string; user_disabled_at: Date | null; user_updated_at: Date; user_version: number;
};

// Posit's GET v1/user and v1/users/{guid} (posit-sdk reads the caller on start and users by guid):
// one named statement on the prepared pool (lib/server/db/prepared.ts) instead of Prisma's nested read.
const memberById = prepared<MemberSqlRow, { userId: string; organizationId: string }>(
  Prisma.sql`
  SELECT m.role, m.disabled_at, m.created_at, m.updated_at, m.version,
         u.id::text AS user_id, u.email, u.username, u.first_name, u.last_name, u.disabled_at AS user_disabled_at,
         u.updated_at AS user_updated_at, u.version AS user_version
    FROM memberships m JOIN users u ON u.id = m.user_id
   WHERE m.user_id = ${param("userId")}::uuid AND m.organization_id = ${param("organizationId")}::uuid`,
);

/** The user as a member of the organisation, or null when they are not one. `userId` must be a uuid. */
export async function readMember(organizationId: string, userId: string): Promise<MemberDto | null> {
  const [row] = await memberById({ userId, organizationId });
  if (!row) return null;
  return toMemberDto({
    role: row.role,
    disabledAt: row.disabled_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
    user: { id: row.user_id, email: row.email, username: row.username, firstName: row.first_name, lastName: row.last_name, disabledAt: row.user_disabled_at, updatedAt: row.user_updated_at, version: row.user_version },
  });
}
