import "server-only";
import type { IntegrationDto } from "@/lib/schemas/integrations";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { loadIntegrationDto } from "./find-integration";

export async function getIntegration(actor: Actor, guid: string, context: RequestContext): Promise<IntegrationDto> {
  await requirePermission(actor, "integration.read", context, { type: "integration", id: guid });
  return (await loadIntegrationDto(actor, guid)).dto;
}
