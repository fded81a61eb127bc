import "server-only";
// Fruxon's integration object, built from the core DTO and the template registry. The mapping
// is written down in ./MAPPING.md. Secret values never appear: a secret parameter is flagged
// `secret: true` with `defaultValue: null`; non-secret parameters carry their current value.
import type { IntegrationDto } from "@/lib/schemas/integrations";
import { integrationEtag } from "@/lib/server/integrations/integration-dto";
import { resolveOptionValues, isFieldRequired } from "@/lib/templates/conditions";
import { getTemplate } from "@/lib/templates/registry";
import type { AuthType, Condition, ConfigValues, Match, Template } from "@/lib/templates/types";
import type { FruxonAuthMetadata, FruxonIntegration, FruxonParameter } from "./schemas";

export const SYSTEM_TYPE = "SYSTEM";
export const CUSTOM_TYPE = "CUSTOM";
export const FRUXON_TYPES = [SYSTEM_TYPE, CUSTOM_TYPE] as const;

// Auth method ids are "<template>.<auth type>", so one id names both the built-in integration
// (template) and the auth method: what POST needs to choose a template.
const AUTH_SLUG: Record<AuthType, string> = { Viewer: "viewer", "Service Account": "service_account", "Visitor API Key": "visitor_api_key" };
export const authMetadataId = (templateId: string, authType: AuthType) => `${templateId}.${AUTH_SLUG[authType]}`;

export function parseAuthMetadataId(id: string): { template: Template; authType: AuthType } | null {
  const dot = id.lastIndexOf(".");
  const template = dot > 0 ? getTemplate(id.slice(0, dot)) : undefined;
  const authType = (Object.keys(AUTH_SLUG) as AuthType[]).find((type) => AUTH_SLUG[type] === id.slice(dot + 1));
  return template && authType && template.auth_types.includes(authType) ? { template, authType } : null;
}

/** Fruxon's `configTestSupported`: our verify runs a client-credentials request, which only a Service Account makes. */
export const configTestSupported = (template: Template, authType: AuthType) => Boolean(template.verify) && authType === "Service Account";

// A visibility condition as Fruxon parameter rules: one SHOW rule per alternative, each the AND
// of "option IN values" clauses. (Fruxon documents the rule shape, not its enum values: "SHOW"
// and "IN" are our choice.)
function rules(condition: Condition | undefined): FruxonParameter["rules"] {
  if (!condition) return [];
  const matches: readonly Match[] = "anyOf" in condition && Array.isArray(condition.anyOf) ? (condition.anyOf as readonly Match[]) : [condition as Match];
  return matches.map((match) => ({
    effect: "SHOW" as const,
    all: Object.entries(match).map(([sourceParam, values]) => ({ sourceParam, operator: "IN" as const, values: [...values] })),
  }));
}

type ParameterFields = Omit<FruxonParameter, "index" | "typeName" | "integerRange" | "floatRange" | "asset" | "jsonSchema">;
const parameter = (index: number, fields: ParameterFields): FruxonParameter => ({
  index,
  typeName: null,
  integerRange: null,
  floatRange: null,
  asset: null,
  jsonSchema: null,
  ...fields,
});

function parametersMetadata(template: Template, config: ConfigValues | null): FruxonParameter[] {
  const optionValues = resolveOptionValues(template, config ?? {});
  const options = template.options
    .filter((option) => option.name !== "auth_type")
    .map((option, i) => {
      const value = config?.[option.name] ?? option.default;
      return parameter(i, {
        name: option.name,
        type: option.type === "bool" ? "Boolean" : "String",
        options: option.type === "select" ? option.values.map((v) => ({ value: v, label: v, description: null })) : null,
        displayName: option.label,
        description: option.description ?? "",
        required: false,
        secret: false,
        defaultValue: String(value),
        uiHint: null,
        rules: rules(option.visibility),
      });
    });
  const fields = template.fields.map((field, i) => {
    const value = config?.[field.name];
    return parameter(options.length + i, {
      name: field.name,
      type: "String",
      options: null,
      displayName: field.label,
      description: field.description ?? "",
      required: isFieldRequired(field, optionValues),
      secret: field.secret,
      // Never a secret's value; otherwise the stored value (an integration) or the default (SYSTEM).
      defaultValue: field.secret ? null : typeof value === "string" ? value : (field.default ?? null),
      uiHint: field.secret ? "PASSWORD" : field.multiline ? "MULTILINE" : null,
      rules: rules(field.visibility),
    });
  });
  return [...options, ...fields];
}

function authMetadata(template: Template, authTypes: readonly AuthType[]): FruxonAuthMetadata[] {
  return authTypes.map((authType) => ({
    id: authMetadataId(template.id, authType),
    displayName: authType,
    description: `${template.name} — ${authType}`,
    type: authType === "Visitor API Key" ? "API_KEY" : "OAUTH2",
    sensitivity: "UNSPECIFIED",
    authProviderName: template.id,
    configTestSupported: configTestSupported(template, authType),
    supportedLevels: authType === "Service Account" ? ["APPLICATION"] : ["USER"],
    authMap: { useMap: false, keyTemplate: null, parametersMetadata: [] },
    authSettings: { parameters: {} },
    parametersMetadata: [],
    availableScopes: [],
  }));
}

export function toFruxonIntegration(dto: IntegrationDto): FruxonIntegration {
  const template = getTemplate(dto.template);
  return {
    id: dto.slug,
    displayName: dto.name,
    description: dto.description,
    type: CUSTOM_TYPE,
    configMetadata: template
      ? { parametersMetadata: parametersMetadata(template, dto.config as ConfigValues), authMetadata: authMetadata(template, [dto.authType as AuthType]) }
      : { parametersMetadata: [], authMetadata: [] },
    tags: dto.tags,
    isInternal: false,
    createdAt: Date.parse(dto.createdAt),
    modifiedAt: Date.parse(dto.updatedAt),
    secretExpiresAt: dto.secretExpiresAt ? Date.parse(dto.secretExpiresAt) : null,
  };
}

/** A built-in template as Fruxon's read-only SYSTEM integration (id = template id). */
export function toSystemIntegration(template: Template): FruxonIntegration {
  return {
    id: template.id,
    displayName: template.name,
    description: template.description,
    type: SYSTEM_TYPE,
    configMetadata: { parametersMetadata: parametersMetadata(template, null), authMetadata: authMetadata(template, template.auth_types) },
    tags: [] as string[],
    isInternal: false,
    createdAt: 0,
    modifiedAt: 0,
    secretExpiresAt: null,
  };
}

export function fruxonIntegrationResponse(dto: IntegrationDto, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(toFruxonIntegration(dto), { status, headers: { etag: integrationEtag(dto), ...headers } });
}
