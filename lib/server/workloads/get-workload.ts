import "server-only";
import type { WorkloadDto } from "@/lib/schemas/content";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { findWorkload, toWorkloadDto } from "./workload-dto";

export async function getWorkload(actor: Actor, guid: string, context: RequestContext): Promise<WorkloadDto> {
  await requirePermission(actor, "workload.read", context, { type: "content", id: guid });
  return toWorkloadDto(await findWorkload(actor, guid));
}
