import "server-only";
// Which associated integration an exchange is for: the one `audience` names, else the one
// association whose auth type fits the flow. One query reads the workload's associated
// integrations of the caller's organisation together with each one's cached Service Account token
// for this request's cache key (the hot path's only read besides the subject token).
import { AppError, notFound } from "@/lib/errors";
import { db } from "@/lib/server/db/client";
import { param, prepared } from "@/lib/server/db/prepared";
import { badRequest, type ExchangeRequest } from "./exchange-request";
import {
  acceptContentSessionToken,
  CONTENT_SESSION_TOKEN_COLUMNS,
  CONTENT_SESSION_TOKEN_FROM,
  CONTENT_SESSION_TOKEN_WHERE,
  type ContentSessionTokenColumns,
} from "@/lib/server/workloads/authenticate-content-session-token";
import type { IntegrationRow } from "./integration-client";
import { FRESH_SQL, type CachedServiceToken } from "./service-account-token";

export type Flow = "Service Account" | "Viewer" | "Visitor API Key";

export type AssociatedIntegration = IntegrationRow & { name: string; version: number; cached: CachedServiceToken | null };

type Row = {
  id: bigint;
  guid: string;
  organization_id: string;
  name: string;
  template: string;
  auth_type: string;
  config: unknown;
  version: number;
  cache_id: bigint | null;
  cache_generation: number | null;
  cache_fresh: boolean | null;
  cache_expires_at: Date | null;
};

const SELECT_INTEGRATION = `i.id, i.guid::text AS guid, i.organization_id::text AS organization_id, i.name, i.template, i.auth_type, i.config, i.version,
            c.id AS cache_id, c.generation AS cache_generation, ${FRESH_SQL} AS cache_fresh, c.expires_at AS cache_expires_at`;
const joinCache = (suffixParam: string) => `LEFT JOIN service_token_cache c ON c.integration_id = i.id AND c.cache_key = 'v' || i.version || ${suffixParam}`;

/** The request-shape part of the cache key ("|scope|resource"): the version is prefixed per integration in SQL. */
const keySuffix = (cacheKeyOf: (version: number) => string) => {
  const sample = cacheKeyOf(0);
  return sample.slice(sample.indexOf("|"));
};

const toAssociated = (r: Row): AssociatedIntegration => ({
  id: r.id,
  guid: r.guid,
  organizationId: r.organization_id,
  name: r.name,
  template: r.template,
  authType: r.auth_type,
  config: r.config,
  version: r.version,
  cached: r.cache_id === null ? null : { id: r.cache_id, generation: r.cache_generation ?? 0, fresh: Boolean(r.cache_fresh), expiresAt: r.cache_expires_at },
});

/** The workload's associated integrations, with the cache row for `cacheKeyOf(version)`. */
export async function associatedIntegrations(organizationId: string, contentId: string, cacheKeyOf: (version: number) => string): Promise<AssociatedIntegration[]> {
  const rows = await db.$queryRawUnsafe<Row[]>(
    `SELECT ${SELECT_INTEGRATION}
       FROM content_associations a
       JOIN integrations i ON i.id = a.integration_id AND i.organization_id = $1::uuid
       ${joinCache("$3")}
      WHERE a.content_id = $2::uuid
      ORDER BY a.created_at, i.id`,
    organizationId,
    contentId,
    keySuffix(cacheKeyOf),
  );
  return rows.map(toAssociated);
}

type SubjectRow = Row & ContentSessionTokenColumns;

// A named statement on the prepared pool (lib/server/db/prepared.ts): every cached exchange runs it.
const contentSubject = prepared<SubjectRow, { tokenHash: string; suffix: string }>({
  text: `SELECT ${CONTENT_SESSION_TOKEN_COLUMNS}, ${SELECT_INTEGRATION}
           FROM ${CONTENT_SESSION_TOKEN_FROM}
           LEFT JOIN content_associations a ON a.content_id = t.content_id
           LEFT JOIN integrations i ON i.id = a.integration_id AND i.organization_id = t.organization_id
           ${joinCache("$2")}
          WHERE ${CONTENT_SESSION_TOKEN_WHERE}
          ORDER BY a.created_at, i.id`,
  values: [param("tokenHash"), param("suffix")],
});

/**
 * The hot path's one read for a content session token: the token, its workload and owner (the
 * rules of authenticateContentSessionToken: the same SQL and acceptContentSessionToken), and the
 * workload's associated integrations with their cached tokens, in one round trip. Null for
 * anything that is not a live token.
 */
export async function readContentSubject(tokenHash: string, cacheKeyOf: (version: number) => string) {
  const rows = await contentSubject({ tokenHash, suffix: keySuffix(cacheKeyOf) });
  const subject = await acceptContentSessionToken(rows[0]);
  if (!subject) return null;
  return {
    subject: { contentId: subject.contentId, ownerId: subject.ownerId, organizationId: subject.organizationId, userId: null },
    associated: rows.filter((r) => r.id !== null).map(toAssociated),
  };
}

const doesNotSupport = (guid: string, flow: Flow) => badRequest(`OAuth integration ${guid} does not support ${flow} auth flows.`);

export async function selectIntegration(request: ExchangeRequest, flow: Flow, associated: AssociatedIntegration[]): Promise<AssociatedIntegration> {
  if (associated.length === 0) throw badRequest("No OAuth integrations have been associated with this content item.", 212);
  if (request.audience.length > 1) throw badRequest(`Give one audience, not ${request.audience.length}: ${request.audience.join(", ")}.`);
  const [audience] = request.audience;
  if (audience) {
    const chosen = associated.find((i) => i.guid === audience);
    if (!chosen) {
      const exists = await db.integration.findFirst({ where: { guid: audience, organizationId: associated[0].organizationId }, select: { id: true } });
      if (!exists) throw notFound(`OAuth integration ${audience}`);
      throw badRequest(`OAuth integration ${audience} is not associated with this content item.`);
    }
    if (chosen.authType !== flow) throw mismatch(chosen, flow);
    return chosen;
  }
  const fitting = associated.filter((i) => i.authType === flow);
  if (fitting.length === 1) return fitting[0];
  if (fitting.length > 1) {
    throw badRequest(`Several OAuth integrations associated with this content item support ${flow} auth flows (${fitting.map((i) => i.guid).join(", ")}): name one with audience.`);
  }
  if (associated.length === 1) throw mismatch(associated[0], flow);
  throw badRequest(`None of the OAuth integrations associated with this content item supports ${flow} auth flows.`);
}

/** Posit's wording, and for a Visitor API Key integration asked for an access token, Posit's hint. */
function mismatch(integration: AssociatedIntegration, flow: Flow): AppError {
  if (integration.authType === "Visitor API Key") return badRequest("Invalid requested_token_type. Expected 'urn:posit:connect:api-key'");
  return doesNotSupport(integration.guid, flow);
}
