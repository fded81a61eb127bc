import "server-only";
// Posit's group and user objects and its paged list body {results, current_page, total}.
import { positPagingSchema, type GroupDto } from "@/lib/schemas/groups";
import type { MemberDto } from "@/lib/schemas/users";
import { positTime } from "./integrations";
import type { PositGroup, PositMember } from "./schemas";

const POSIT_ROLE: Record<string, PositMember["user_role"]> = { admin: "administrator", publisher: "publisher", viewer: "viewer" };

export const toPositGroup = (g: GroupDto): PositGroup => ({ guid: g.guid, name: g.name, owner_guid: g.ownerGuid });

/** A member of the caller's organisation as Posit's user object (never a password hash). */
export const toPositMember = (m: MemberDto): PositMember => ({
  guid: m.userId,
  email: m.email,
  username: m.username,
  first_name: m.firstName,
  last_name: m.lastName,
  user_role: POSIT_ROLE[m.role] ?? "viewer",
  created_time: positTime(m.createdAt),
  updated_time: positTime(m.updatedAt),
  active_time: null,
  confirmed: true,
  locked: m.disabled,
});

export const pagingFrom = (request: Request) => positPagingSchema.parse(Object.fromEntries(new URL(request.url).searchParams));

export const positPage = <T>(results: T[], currentPage: number, total: number) => Response.json({ results, current_page: currentPage, total });
