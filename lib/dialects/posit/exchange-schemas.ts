// Posit Connect's credential exchange and OAuth sessions as zod schemas (request form and
// responses), for the handlers' types and the OpenAPI document. Client-safe.
import { z } from "zod";

const guid = z.string().meta({ format: "uuid", example: "5b7b4e2c-8d4f-4a8e-9a57-3f1c2f0d9e61" });
const time = z.iso.datetime().meta({ example: "2024-07-17T21:09:36Z" });

export const exchangeFormSchema = z
  .object({
    grant_type: z.literal("urn:ietf:params:oauth:grant-type:token-exchange"),
    subject_token: z.string().meta({ description: "The content session token (`CONNECT_CONTENT_SESSION_TOKEN`) or the visitor's user session token (`Posit-Connect-User-Session-Token`)." }),
    subject_token_type: z.enum(["urn:posit:connect:content-session-token", "urn:posit:connect:user-session-token"]),
    requested_token_type: z
      .enum(["urn:ietf:params:oauth:token-type:access_token", "urn:posit:connect:api-key"])
      .optional()
      .meta({ description: "Default `urn:ietf:params:oauth:token-type:access_token`; `urn:posit:connect:api-key` for a Visitor API Key." }),
    audience: z.string().optional().meta({ description: "The integration's GUID. Without it: the one associated integration whose auth type fits (several → 400 naming them)." }),
    scope: z.string().optional().meta({ description: "Passed on to a Service Account's token request (space-separated)." }),
    resource: z.string().optional().meta({ description: "Passed on to a Service Account's token request (RFC 8707)." }),
  })
  .meta({ id: "CredentialExchangeRequest" });

export const exchangeResponseSchema = z
  .object({
    access_token: z.string(),
    issued_token_type: z.enum(["urn:ietf:params:oauth:token-type:access_token", "urn:posit:connect:api-key"]),
    token_type: z.enum(["Bearer", "Key"]),
    expires_in: z.number().int().optional().meta({ description: "Seconds until the token expires, when known." }),
  })
  .meta({ id: "CredentialExchangeResponse", description: "Never a refresh token, never a client secret." });

export const positOAuthSessionSchema = z
  .object({
    id: z.string(),
    guid,
    user_guid: guid,
    oauth_integration_guid: guid,
    has_refresh_token: z.boolean(),
    created_time: time,
    updated_time: time,
  })
  .meta({ id: "OAuthSession", description: "A user's connected account for a Viewer integration. No token is ever returned." });
export type PositOAuthSession = z.infer<typeof positOAuthSessionSchema>;

export const oauthSessionsQuerySchema = z.object({
  all: z.enum(["true", "false"]).optional().meta({ description: "`true` (admins): every user's sessions in the organisation." }),
});
