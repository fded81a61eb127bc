import "server-only";
// POST /__api__/v1/oauth/integrations/credentials — Posit Connect's credential exchange (RFC 8693):
// a workload trades its content session token (Service Account) or a visitor's user session token
// (Viewer, Visitor API Key) for a token of the integration associated with it.
//
// Every refusal is audited and counted; a token obtained from a provider (or a key issued) is
// audited; a token served from the cache is only counted (exchange_counts), never one audit row each.
// The answer never carries a refresh token or a client secret.
import { isAppError, notFound } from "@/lib/errors";
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor, RequestContext } from "@/lib/server/auth/actor";
import { requirePermission } from "@/lib/server/auth/require-permission";
import { countExchange } from "./exchange-counts";
import { ACCESS_TOKEN, API_KEY_TOKEN, badRequest, CONTENT_SESSION_TOKEN, parseExchangeRequest, type ExchangeRequest } from "./exchange-request";
import { hashContentSessionToken, looksLikeContentSessionToken } from "@/lib/server/workloads/session-token-format";
import { requireExchangeRight, resolveUserSubject, type ExchangeSubject } from "./exchange-subject";
import { associatedIntegrations, readContentSubject, selectIntegration, type AssociatedIntegration, type Flow } from "./select-integration";
import { serviceAccountToken, serviceCacheKey, type IssuedToken } from "./service-account-token";
import { viewerToken } from "./viewer-token";
import { visitorApiKey } from "./visitor-api-key";

export type ExchangeResponse = {
  access_token: string;
  issued_token_type: string;
  token_type: "Bearer" | "Key";
  expires_in?: number;
};

function flowOf(request: ExchangeRequest): Flow {
  if (request.requestedTokenType === API_KEY_TOKEN) {
    if (request.subjectTokenType === CONTENT_SESSION_TOKEN) {
      throw badRequest("A Visitor API Key is issued for a visitor: send a user session token (urn:posit:connect:user-session-token).");
    }
    return "Visitor API Key";
  }
  return request.subjectTokenType === CONTENT_SESSION_TOKEN ? "Service Account" : "Viewer";
}

/** `consoleUrl`: the console's origin as the caller reached it, for "connect your account" links. */
export async function exchangeCredentials(actor: Actor, form: URLSearchParams, context: RequestContext, consoleUrl: string): Promise<ExchangeResponse> {
  await requirePermission(actor, "content.exchange", context, { type: "content" });
  let subject: ExchangeSubject | null = null;
  let integration: AssociatedIntegration | null = null;
  try {
    const request = parseExchangeRequest(form);
    const flow = flowOf(request);
    const cacheKeyOf = (version: number) => serviceCacheKey(version, request.scope, request.resource);
    let associated: AssociatedIntegration[] | null = null;
    if (request.subjectTokenType === CONTENT_SESSION_TOKEN) {
      // The hot path: token, workload and associations in one read.
      const read = looksLikeContentSessionToken(request.subjectToken) ? await readContentSubject(hashContentSessionToken(request.subjectToken), cacheKeyOf) : null;
      if (!read) throw badRequest("The subject_token is not a valid content session token: it is malformed, unknown or revoked.");
      if (read.subject.organizationId !== actor.organizationId) throw notFound("Content");
      subject = read.subject;
      associated = read.associated;
    } else {
      subject = await resolveUserSubject(actor, request);
    }
    await requireExchangeRight(actor, subject, subject.contentId, context);
    integration = await selectIntegration(request, flow, associated ?? (await associatedIntegrations(actor.organizationId, subject.contentId, cacheKeyOf)));
    const common = { actor, context, integration, contentGuid: subject.contentId };
    let issued: IssuedToken;
    if (flow === "Service Account") {
      issued = await serviceAccountToken({ ...common, cacheKey: cacheKeyOf(integration.version), cached: integration.cached, scope: request.scope, resource: request.resource });
    } else if (flow === "Viewer") {
      issued = await viewerToken({ ...common, userId: subject.userId!, connectUrl: `${consoleUrl}/connected-accounts?integration=${integration.guid}` });
    } else {
      issued = await visitorApiKey({ ...common, userId: subject.userId! });
    }
    countExchange(subject.contentId, integration.id, issued.obtained ? "obtained" : "served");
    return {
      access_token: issued.accessToken,
      issued_token_type: flow === "Visitor API Key" ? API_KEY_TOKEN : ACCESS_TOKEN,
      token_type: flow === "Visitor API Key" ? "Key" : "Bearer",
      ...(issued.expiresIn !== undefined ? { expires_in: issued.expiresIn } : {}),
    };
  } catch (error) {
    if (isAppError(error) && error.code !== "forbidden") {
      if (subject && integration) countExchange(subject.contentId, integration.id, "refused", `refused: ${error.message}`);
      // A provider failure was audited where it happened (with the provider's error).
      if (error.code !== "upstream_failed") {
        await recordStandaloneAuditEvent({
          actor,
          organizationId: actor.organizationId,
          action: "content.exchange",
          outcome: "denied",
          resourceType: integration ? "integration" : "content",
          resourceId: integration?.guid ?? subject?.contentId ?? null,
          detail: error.message,
          context,
        });
      }
    } else if (isAppError(error) && subject && integration) {
      countExchange(subject.contentId, integration.id, "refused", "refused: forbidden");
    }
    throw error;
  }
}
