// Fruxon's integrations API as this console serves it (app/v1/**): every operation, from the zod
// schemas the handlers parse with and the serializers are typed against (./schemas.ts). The
// mapping onto the console's integrations is ./MAPPING.md; the metadata (permission, ownership,
// refusals) is explained in lib/contract/operation.ts.
import { z } from "zod";
import { createdHeaders, etagHeader, ifMatchHeader } from "@/lib/contract/headers";
import type { ContractOperation, DialectContract } from "@/lib/contract/operation";
import {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  fruxonAccessTokenSchema,
  fruxonCreateSchema,
  fruxonIntegrationPageSchema,
  fruxonIntegrationSchema,
  fruxonProblemSchema,
  fruxonUpdateSchema,
  fruxonVerifyResultSchema,
  fruxonVerifySchema,
} from "./schemas";

const BASE = "/v1/tenants/{tenant}/integrations";
const tenant = z.string().meta({ description: "Your organisation's slug or id; any other tenant is 404.", example: "default" });
const tenantParam = z.object({ tenant });
const integrationParam = z.object({
  tenant,
  integration: z.string().meta({ description: "The integration's id: yours, or a built-in SYSTEM integration's (a template id such as `azure`).", example: "azure-5b7b4e2c" }),
});
const etagExample = '"5b7b4e2c-8d4f-4a8e-9a57-3f1c2f0d9e61.3"';
const listQuery = z.object({
  search: z.string().max(200).optional().meta({ description: "Case-insensitive substring of id, displayName or description." }),
  types: z.string().optional().meta({ description: "`SYSTEM`, `CUSTOM`, or both (repeated or comma-separated)." }),
  tags: z.string().optional().meta({ description: "Any of these tags (repeated or comma-separated); SYSTEM integrations have none." }),
  page_size: z.number().int().min(1).max(MAX_PAGE_SIZE).optional().meta({ description: `Items per page (default ${DEFAULT_PAGE_SIZE}).` }),
  page_token: z.string().optional().meta({ description: "The previous page's `nextPageToken`; a token this API did not issue is 400." }),
});

const onTenant = { tenant: { param: "tenant" } } as const;
const integration = { ...onTenant, tags: ["Integrations"], ownership: "organisation", object: { param: "integration", type: "integration" } } as const;

const operations: ContractOperation[] = [
  {
    operationId: "issueAccessToken",
    method: "post",
    path: "/v1/auth/token",
    summary: "Exchange an API key for an access token",
    description:
      "Send your API key as `Authorization: Bearer <api key>`; the answer is a JWT valid for 15 minutes that names only the key, so revoking the key, or changing the user's role, applies at once. An access token cannot be exchanged for another (401).",
    tags: ["Authentication"],
    permission: null,
    ownership: "none",
    responses: { 200: { description: "A short-lived access token", schema: fruxonAccessTokenSchema } },
  },
  {
    ...onTenant,
    operationId: "listIntegrations",
    method: "get",
    path: BASE,
    summary: "List integrations",
    description: "The built-in SYSTEM integrations (one per template; what POST builds on) first, then the tenant's own in id order, a page at a time.",
    tags: ["Integrations"],
    permission: "integration.read",
    ownership: "none",
    request: { path: tenantParam, query: listQuery },
    responses: { 200: { description: "A page", schema: fruxonIntegrationPageSchema } },
  },
  {
    ...onTenant,
    operationId: "createIntegration",
    method: "post",
    path: BASE,
    summary: "Create an integration",
    description:
      "`configMetadata.authMetadata[0].id` (from a SYSTEM integration, e.g. `azure.service_account`) chooses the template and auth method; `parametersMetadata[].defaultValue` are the values, validated by the template. Credentials are encrypted at rest and never returned. A taken `id`, or a template's id, is 409.",
    tags: ["Integrations"],
    permission: "integration.create",
    ownership: "none",
    request: { path: tenantParam, body: fruxonCreateSchema },
    errors: [409],
    responses: { 201: { description: "The new integration", schema: fruxonIntegrationSchema, headers: createdHeaders } },
  },
  {
    ...integration,
    operationId: "getIntegration",
    method: "get",
    path: `${BASE}/{integration}`,
    summary: "Get an integration",
    description: "Secret values are stripped: a secret parameter has `secret: true` and `defaultValue: null`. A SYSTEM integration (a template) needs `template.read` (the same roles) and has no ETag.",
    permission: "integration.read",
    request: { path: integrationParam },
    responses: { 200: { description: "The integration", schema: fruxonIntegrationSchema, headers: z.object({ etag: etagHeader.shape.etag.optional() }) } },
  },
  {
    ...integration,
    operationId: "updateIntegration",
    method: "put",
    path: `${BASE}/{integration}`,
    summary: "Update an integration",
    description:
      "Omitted or null fields keep their values, and so do omitted credentials (a parameter sent back with `defaultValue: null`, as GET returns secrets, is kept too). The template cannot change (400). SYSTEM integrations are read-only (403).",
    permission: "integration.update",
    ifMatch: true,
    request: { path: integrationParam, header: ifMatchHeader(etagExample), body: fruxonUpdateSchema },
    responses: { 200: { description: "The updated integration", schema: fruxonIntegrationSchema, headers: etagHeader } },
  },
  {
    ...integration,
    operationId: "deleteIntegration",
    method: "delete",
    path: `${BASE}/{integration}`,
    summary: "Delete an integration",
    description: "Only the tenant's own integrations: a SYSTEM integration is 404, as in Fruxon.",
    permission: "integration.delete",
    ifMatch: true,
    request: { path: integrationParam, header: ifMatchHeader(etagExample) },
    responses: { 204: { description: "Deleted, with its secrets" } },
  },
  {
    ...integration,
    operationId: "verifyIntegrationConfig",
    method: "post",
    path: `${BASE}/{integration}:verifyConfig`,
    summary: "Verify an auth configuration",
    description:
      "Makes a real client-credentials token request with the values given here (used once, never stored) and the stored credentials for the rest; the token is discarded. Values that move the token endpoint (`token_uri`, a tenant id, account or workspace URL…) never travel with the stored secret: give `client_secret` too (400 naming it otherwise). 400 unless the auth method is the integration's and has `configTestSupported`. A provider's refusal is 200 with `success: false`. On a SYSTEM integration it tries the given values against the template.",
    permission: "integration.verify",
    request: { path: integrationParam, body: fruxonVerifySchema },
    responses: { 200: { description: "The provider's answer", schema: fruxonVerifyResultSchema } },
  },
];

export const fruxonContract: DialectContract = {
  name: "fruxon",
  title: "Fruxon integrations",
  version: "v1",
  description: [
    "Fruxon's integrations API, per tenant (= your organisation), over the same integrations as Posit's API and the console.",
    "## Authentication",
    "Create an API key on the console's **API keys** page (user menu), or with `npm run console -- api-key create --user you@example.com --name my-script`, and send it as a bearer token — or exchange it for a 15-minute access token first:",
    '```sh\ncurl -H "Authorization: Bearer $API_KEY" https://console.example.com/v1/tenants/default/integrations\n\nTOKEN=$(curl -s -X POST -H "Authorization: Bearer $API_KEY" https://console.example.com/v1/auth/token | jq -r .access_token)\ncurl -H "Authorization: Bearer $TOKEN" https://console.example.com/v1/tenants/default/integrations\n```',
    "`{tenant}` is your organisation's slug (or id); a credential reaches only its own organisation.",
    "## Errors and writes",
    "Every error is RFC 7807 `application/problem+json` (`type`, `title`, `status`, `detail`, `instance`, `traceId`, and `errors` per field on 400/409). Responses carry `ETag`; PUT and DELETE honour `If-Match` (412 when stale).",
  ].join("\n\n"),
  securitySchemeName: "fruxonBearer",
  securityScheme: { type: "http", scheme: "bearer", description: "An API key, or an access token from `POST /v1/auth/token`." },
  errorSchema: fruxonProblemSchema,
  errorContentType: "application/problem+json",
  operations,
};
