// Progress HDP's management API for OAuth applications and profiles, as this console serves it
// (app/api/mgmt/**): every operation, from the same zod schemas the handlers validate with and the
// serializers return. The metadata (permission, ownership, refusals) is explained in
// lib/contract/operation.ts.
import { z } from "zod";
import { createdHeaders, etagHeader, ifMatchHeader } from "@/lib/contract/headers";
import type { ContractOperation, DialectContract } from "@/lib/contract/operation";
import { createOAuthAppSchema, updateOAuthAppSchema } from "@/lib/schemas/oauth-apps";
import { createOAuthProfileSchema, updateOAuthProfileSchema } from "@/lib/schemas/oauth-profiles";
import {
  hdpApplicationsSchema,
  hdpErrorSchema,
  hdpOAuthAppSchema,
  hdpOAuthProfileSchema,
  hdpProfilesSchema,
  hdpProfileStatsSchema,
  hdpRefreshedProfileSchema,
} from "./schemas";

const BASE = "/api/mgmt";
const idParam = (what: string) => z.object({ id: z.string().meta({ description: `The ${what}'s numeric id (anything else gets 404).`, example: "17" }) });
const userQuery = z.object({
  user: z
    .string()
    .optional()
    .meta({ description: "Administrators only: act for this member (their email or username). Anyone else naming a user gets 403, and the refusal is audited; a name that is no member gets 404." }),
});
/** HDP's `?user=`: an administrator acting for a member. */
const onBehalf = { query: "user", permission: "oauthProfile.actForUser" } as const;
const tenantQuery = z.object({
  tenantId: z.string().optional().meta({ description: "The organisation's id (or slug); another organisation's gets 403." }),
  tenantName: z.string().optional().meta({ description: "The organisation's slug (or id); another organisation's gets 403." }),
});

const app = { tags: ["OAuth applications"], ownership: "organisation", object: { param: "id", type: "oauthApp" } } as const;
// Only the owner reaches a profile: anyone else's (an administrator's too, without ?user=) is 404,
// exactly as a missing one, so ids do not reveal what others own.
const profile = {
  tags: ["OAuth profiles"],
  ownership: "user",
  object: { param: "id", type: "oauthProfile" },
  permission: "oauthProfile.own",
  otherUserRefusal: 404,
  onBehalf,
} as const;

const operations: ContractOperation[] = [
  {
    operationId: "listOAuthApplications",
    method: "get",
    path: `${BASE}/oauthapps`,
    summary: "List OAuth applications",
    description: "Every OAuth application of your organisation, unpaged as in HDP (streamed in batches). Client secrets are never returned.",
    tags: ["OAuth applications"],
    permission: "oauthApp.read",
    ownership: "none",
    request: { query: tenantQuery },
    responses: { 200: { description: "All applications", schema: hdpApplicationsSchema } },
  },
  {
    operationId: "createOAuthApplication",
    method: "post",
    path: `${BASE}/oauthapps`,
    summary: "Create an OAuth application",
    description: "The client secret is stored encrypted and never returned (`clientSecretSet` says it is there). `name` is unique in the organisation (409).",
    tags: ["OAuth applications"],
    permission: "oauthApp.write",
    ownership: "none",
    request: { body: createOAuthAppSchema },
    errors: [409],
    responses: { 201: { description: "The new application", schema: hdpOAuthAppSchema, headers: createdHeaders } },
  },
  {
    ...app,
    operationId: "getOAuthApplication",
    method: "get",
    path: `${BASE}/oauthapps/{id}`,
    summary: "Get an OAuth application",
    description: "Unlike HDP, without `clientSecret`. Unknown or another organisation's: 404 with code 222207711.",
    permission: "oauthApp.read",
    request: { path: idParam("application") },
    responses: { 200: { description: "The application", schema: hdpOAuthAppSchema, headers: etagHeader } },
  },
  {
    ...app,
    operationId: "updateOAuthApplication",
    method: "put",
    path: `${BASE}/oauthapps/{id}`,
    summary: "Replace an OAuth application",
    description: "Every field is replaced; an omitted or empty `clientSecret` keeps the stored one — unless `tokenURI` or `authorizeURI` changes: a stored secret is only ever sent to the endpoint it was stored for, so that change needs `clientSecret` again (400 otherwise) and drops every profile's tokens (the profiles need a new Connect).",
    permission: "oauthApp.write",
    ifMatch: true,
    request: { path: idParam("application"), header: ifMatchHeader('"oauthapp-17.2"'), body: updateOAuthAppSchema },
    errors: [409],
    responses: { 200: { description: "The updated application", schema: hdpOAuthAppSchema, headers: etagHeader } },
  },
  {
    ...app,
    operationId: "deleteOAuthApplication",
    method: "delete",
    path: `${BASE}/oauthapps/{id}`,
    summary: "Delete an OAuth application and its profiles",
    description: "As in HDP, the application's OAuth profiles (and their tokens) are deleted with it.",
    permission: "oauthApp.write",
    ifMatch: true,
    request: { path: idParam("application"), header: ifMatchHeader('"oauthapp-17.2"') },
    responses: { 204: { description: "Deleted" } },
  },
  {
    operationId: "listOAuthProfiles",
    method: "get",
    path: `${BASE}/oauthprofiles`,
    summary: "List your OAuth profiles",
    description: "The caller's profiles (an administrator's `?user=`: that member's), unpaged as in HDP (streamed in batches). Tokens are never returned.",
    tags: ["OAuth profiles"],
    permission: "oauthProfile.own",
    ownership: "none",
    onBehalf,
    request: { query: userQuery },
    responses: { 200: { description: "The profiles", schema: hdpProfilesSchema } },
  },
  {
    operationId: "createOAuthProfile",
    method: "post",
    path: `${BASE}/oauthprofiles`,
    summary: "Create an OAuth profile from tokens",
    description: "Unlike HDP, the tokens are not echoed back: they are stored encrypted. An unknown `oauthAppId` is a 400 with code 222207711; a name the owner already uses is 409.",
    tags: ["OAuth profiles"],
    permission: "oauthProfile.own",
    ownership: "none",
    onBehalf,
    request: { query: userQuery, body: createOAuthProfileSchema },
    errors: [409],
    responses: { 201: { description: "The new profile", schema: hdpOAuthProfileSchema, headers: createdHeaders } },
  },
  {
    ...profile,
    operationId: "getOAuthProfile",
    method: "get",
    path: `${BASE}/oauthprofiles/{id}`,
    summary: "Get an OAuth profile",
    description: "Yours, or (administrators) `?user=`'s. Anyone else's is 404 with code 222207710, as a missing one.",
    request: { path: idParam("profile"), query: userQuery },
    responses: { 200: { description: "The profile, token status only", schema: hdpOAuthProfileSchema, headers: etagHeader } },
  },
  {
    ...profile,
    operationId: "updateOAuthProfile",
    method: "put",
    path: `${BASE}/oauthprofiles/{id}`,
    summary: "Update an OAuth profile",
    description: "Replaces name, description and `oauthAppId`; a token given replaces the stored one, an omitted or empty one keeps it. A new `oauthAppId` drops the stored tokens (issued by the old application's endpoint, they are never sent to another). HDP's sample body works verbatim.",
    ifMatch: true,
    request: { path: idParam("profile"), query: userQuery, header: ifMatchHeader('"oauthprofile-33.2"'), body: updateOAuthProfileSchema },
    errors: [409],
    responses: { 200: { description: "The updated profile, without tokens", schema: hdpOAuthProfileSchema, headers: etagHeader } },
  },
  {
    ...profile,
    operationId: "deleteOAuthProfile",
    method: "delete",
    path: `${BASE}/oauthprofiles/{id}`,
    summary: "Delete an OAuth profile",
    ifMatch: true,
    request: { path: idParam("profile"), query: userQuery, header: ifMatchHeader('"oauthprofile-33.2"') },
    responses: { 204: { description: "Deleted, with its tokens" } },
  },
  {
    ...profile,
    operationId: "getOAuthProfileStats",
    method: "get",
    path: `${BASE}/oauthprofiles/{id}/stats`,
    summary: "Usage of an OAuth profile",
    description: "HDP's data sources do not exist here: always 0 linked, with the application's data store.",
    request: { path: idParam("profile"), query: userQuery },
    responses: { 200: { description: "Usage", schema: hdpProfileStatsSchema } },
  },
  {
    ...profile,
    operationId: "refreshOAuthProfile",
    method: "post",
    path: `${BASE}/oauthprofiles/{id}/refresh`,
    summary: "Refresh an OAuth profile's access token (not in HDP)",
    description:
      "Our addition: a refresh_token grant now, with the application's client credentials; the new access token (and a rotated refresh token) are stored, never returned. Two refreshes at once make one provider call. 400 when the application has no client secret; 409 when the provider refuses the refresh token (the profile then needs reauthorization) or none is stored; 502 when the provider refuses the client or cannot be reached (nothing changes).",
    request: { path: idParam("profile"), query: userQuery },
    errors: [400, 409, 502],
    responses: { 200: { description: "Refreshed", schema: hdpRefreshedProfileSchema } },
  },
];

export const hdpContract: DialectContract = {
  name: "hdp",
  title: "Progress HDP OAuth applications and profiles",
  version: "v1",
  description: [
    "Progress DataDirect Hybrid Data Pipeline's management API for OAuth applications and per-user OAuth profiles, served at `/api/mgmt/`.",
    "## Authentication",
    "HTTP Basic with your email (or username) and password — or, for scripts, your email (or username) and an API key (console **API keys** page, or `npm run console -- api-key create --user you@example.com --name my-script`):",
    '```sh\ncurl -u "you@example.com:$API_KEY" https://console.example.com/api/mgmt/oauthprofiles\n```',
    "An administrator acts for a member with `?user=<email or username>` on any profile call.",
    "## Secrets",
    "HDP returns client secrets and tokens; this console never does. Objects keep HDP's shape with `clientSecretSet`, `accessTokenSet`, `accessTokenExpiresAt`, `refreshTokenSet` and `state` instead.",
    "## Errors and writes",
    'Every error is `{"error":{"code":"…","message":{"lang":"en-US","value":"…"}}}`. Responses carry `ETag`; PUT and DELETE honour `If-Match` (412 when stale).',
  ].join("\n\n"),
  securitySchemeName: "hdpBasic",
  securityScheme: { type: "http", scheme: "basic", description: "Email (or username) and password, or email (or username) and an API key." },
  errorSchema: hdpErrorSchema,
  errorContentType: "application/json",
  operations,
};
