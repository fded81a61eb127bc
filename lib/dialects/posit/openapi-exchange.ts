// The credential exchange and OAuth sessions in Posit's OpenAPI document (see ./openapi.ts).
import { z } from "zod";
import type { ContractOperation } from "@/lib/contract/operation";
import { exchangeFormSchema, exchangeResponseSchema, oauthSessionsQuerySchema, positOAuthSessionSchema } from "./exchange-schemas";

const BASE = "/__api__";
const sessionGuid = z.object({ guid: z.string().meta({ description: "The OAuth session's GUID (anything that is not one gets 404).", format: "uuid" }) });
const session = { tags: ["OAuth sessions"], ownership: "user", object: { param: "guid", type: "oauth_session" } } as const;

export const exchangeOperations: ContractOperation[] = [
  {
    operationId: "exchangeCredentials",
    method: "post",
    path: `${BASE}/v1/oauth/integrations/credentials`,
    summary: "Exchange a session token for an integration's credentials",
    description: [
      "RFC 8693 token exchange, as posit-sdk (`client.oauth.get_content_credentials()`, `get_credentials(user_session_token)`) and connectcreds call it. The body is **form fields** (`application/x-www-form-urlencoded`, at most 16 KiB).",
      "- `urn:posit:connect:content-session-token` (the workload's `CONNECT_CONTENT_SESSION_TOKEN`) → a **Service Account** integration's client-credentials token, served from an encrypted cache until shortly before it expires (min(5 min, 10 % of its lifetime) by default; a template may set its own, e.g. Snowflake min(5 min, 25 %)); one provider call however many exchanges ask at once, across instances.",
      "- `urn:posit:connect:user-session-token` (the visitor's `Posit-Connect-User-Session-Token`) → a **Viewer** integration's token for that user: their connected account (*Connected accounts* in the console), refreshed on use (one provider call across instances). Not connected, or needing reauthorization (the provider answered `invalid_grant`, or the integration's endpoint changed since the user connected): 400 with the console URL to (re)connect.",
      "- With `requested_token_type=urn:posit:connect:api-key` and a user session token → a **Visitor API Key** (`connect` template): an API key of the visitor valid for one hour, its role capped at the integration's `max_role`, `token_type: Key`.",
      "The caller's key must belong to an admin, or to the publisher who owns the workload (403 otherwise). `audience` names the integration; without it, the one associated integration whose auth type fits (none or several: 400). Errors carry Connect's `code` (212: no integration associated). A provider failure is a 502 with the provider's error code, and a cooldown (`Retry-After`) stops a broken provider from being called again at once. The answer never holds a refresh token or a client secret.",
    ].join("\n\n"),
    tags: ["OAuth integrations"],
    permission: "content.exchange",
    ownership: "none",
    request: { body: exchangeFormSchema, bodyContentType: "application/x-www-form-urlencoded" },
    errors: [400, 404, 502],
    responses: { 200: { description: "The credentials", schema: exchangeResponseSchema } },
  },
  {
    operationId: "listOAuthSessions",
    method: "get",
    path: `${BASE}/v1/oauth/sessions`,
    summary: "List OAuth sessions (connected accounts)",
    description: "The caller's own sessions; `all=true` (admins) lists every user's in the organisation — one unpaged array, as Connect's, streamed in batches so any number of sessions comes back. No token is ever returned.",
    tags: ["OAuth sessions"],
    permission: "oauthSession.own",
    ownership: "none",
    request: { query: oauthSessionsQuerySchema },
    responses: { 200: { description: "Sessions, oldest first", schema: z.array(positOAuthSessionSchema) } },
  },
  {
    ...session,
    operationId: "getOAuthSession",
    method: "get",
    path: `${BASE}/v1/oauth/sessions/{guid}`,
    summary: "Get one of your OAuth sessions",
    permission: "oauthSession.own",
    request: { path: sessionGuid },
    responses: { 200: { description: "The session", schema: positOAuthSessionSchema } },
  },
  {
    ...session,
    operationId: "deleteOAuthSession",
    method: "delete",
    path: `${BASE}/v1/oauth/sessions/{guid}`,
    summary: "Disconnect one of your accounts",
    description: "Deletes the session and its tokens (audited). The provider's grant itself is not revoked.",
    permission: "oauthSession.own",
    request: { path: sessionGuid },
    responses: { 204: { description: "Disconnected" } },
  },
];
