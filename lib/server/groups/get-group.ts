import "server-only";
import type { GroupDto } from "@/lib/schemas/groups";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { findGroup, toGroupDto } from "./group-dto";

export async function getGroup(actor: Actor, guid: string, context: RequestContext): Promise<GroupDto> {
  await requirePermission(actor, "group.read", context, { type: "group", id: guid });
  return toGroupDto(await findGroup(actor, guid));
}
