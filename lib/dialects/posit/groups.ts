import "server-only";
// Posit's group object and its paged list body {results, current_page, total} (groups, users).
import { positPagingSchema, type GroupDto } from "@/lib/schemas/groups";
import type { PositGroup } from "./schemas";

export const toPositGroup = (g: GroupDto): PositGroup => ({ guid: g.guid, name: g.name, owner_guid: g.ownerGuid });

export const pagingFrom = (request: Request) => positPagingSchema.parse(Object.fromEntries(new URL(request.url).searchParams));

export const positPage = <T>(results: T[], currentPage: number, total: number) => Response.json({ results, current_page: currentPage, total });
