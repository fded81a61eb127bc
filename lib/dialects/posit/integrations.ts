import "server-only";
// Posit Connect's OAuth integration and association objects. Times are RFC 3339 in UTC without
// fractions ("2024-07-17T21:09:36Z"), as Connect sends them. Never a secret: `config` holds only
// non-secret keys by construction.
import type { ContentAssociationDto, IntegrationDto } from "@/lib/schemas/integrations";
import type { Actor } from "@/lib/server/auth/actor";
import { integrationEtag } from "@/lib/server/integrations/integration-dto";
import type { PositAssociation, PositIntegration } from "./schemas";

export const positTime = (iso: string) => iso.replace(/\.\d+Z$/, "Z");

export function toPositIntegration(dto: IntegrationDto, actor: Actor): PositIntegration {
  return {
    id: dto.id,
    guid: dto.guid,
    created_time: positTime(dto.createdAt),
    updated_time: positTime(dto.updatedAt),
    name: dto.name,
    description: dto.description,
    template: dto.template,
    auth_type: dto.authType,
    config: dto.config,
    permissions: dto.permissions.map((p) => ({
      id: p.id,
      guid: p.guid,
      integration_guid: dto.guid,
      user_guid: p.userGuid,
      group_guid: p.groupGuid,
    })),
    environment_variables: [],
    secret_expires_time: dto.secretExpiresAt ? positTime(dto.secretExpiresAt) : null,
    ...(actor.role === "admin" && { content_count: dto.contentCount }),
  };
}

export function positIntegrationResponse(dto: IntegrationDto, actor: Actor, status = 200): Response {
  return Response.json(toPositIntegration(dto, actor), { status, headers: { etag: integrationEtag(dto) } });
}

export const toPositAssociation = (a: ContentAssociationDto): PositAssociation => ({
  app_guid: a.contentGuid,
  content_guid: a.contentGuid,
  oauth_integration_guid: a.integrationGuid,
  oauth_integration_name: a.integrationName,
  oauth_integration_description: a.integrationDescription,
  oauth_integration_template: a.integrationTemplate,
  oauth_integration_auth_type: a.integrationAuthType,
  created_time: positTime(a.createdAt),
});

