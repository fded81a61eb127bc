// Progress HDP's response objects as this console returns them: HDP's shape without the secrets
// HDP itself echoes (clientSecret, accessToken, refreshToken), with their status instead. The
// serializers (./oauth.ts) return these types, and the OpenAPI document describes them.
import { z } from "zod";
import { OAUTH_PROFILE_STATES } from "@/lib/schemas/oauth-profiles";

const instant = z.string().meta({ format: "date-time" });

export const hdpErrorSchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: "A number as a string: 222207710 Invalid OAuthProfileId, 222207711 Invalid OAuthApplicationId, else 2222004xx/5xx by status." }),
      message: z.object({ lang: z.literal("en-US"), value: z.string() }),
    }),
  })
  .meta({ id: "HdpError" });

export const hdpOAuthAppSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    dataStore: z.number().int().meta({ description: "1 Salesforce, 54 Google Analytics, 62 Google BigQuery, 63 Autonomous REST Connector" }),
    tenantId: z.string().meta({ description: "The organisation's id." }),
    description: z.string(),
    clientId: z.string(),
    authorizeURI: z.string(),
    tokenURI: z.string(),
    scope: z.string(),
    clientSecretSet: z.boolean().meta({ description: "Stands in for HDP's clientSecret, which is never returned." }),
    clientSecretUpdatedAt: instant.nullable(),
    clientSecretExpiresAt: instant.nullable().meta({ description: "Our addition: when the client secret stops working; null when unknown." }),
    profileCount: z.number().int(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: "OAuthApplication" });
export type HdpOAuthApp = z.infer<typeof hdpOAuthAppSchema>;

export const hdpOAuthProfileSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    description: z.string(),
    oauthAppId: z.number().int(),
    authorizeURI: z.string(),
    tokenURI: z.string(),
    scope: z.string(),
    user: z.string().meta({ description: "The owner's email (HDP's user name)." }),
    state: z.enum(OAUTH_PROFILE_STATES).meta({ description: "needs_reauthorization after the provider refused the refresh token (invalid_grant)." }),
    accessTokenSet: z.boolean().meta({ description: "Stands in for HDP's accessToken, which is never returned." }),
    accessTokenUpdatedAt: instant.nullable(),
    accessTokenExpiresAt: instant.nullable(),
    refreshTokenSet: z.boolean().meta({ description: "Stands in for HDP's refreshToken, which is never returned." }),
    refreshTokenUpdatedAt: instant.nullable(),
    lastRefreshedAt: instant.nullable(),
    lastRefreshError: z.string().nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: "OAuthProfile" });
export type HdpOAuthProfile = z.infer<typeof hdpOAuthProfileSchema>;

export const hdpRefreshedProfileSchema = hdpOAuthProfileSchema
  .extend({ refresh: z.object({ status: z.enum(["refreshed", "coalesced"]).meta({ description: "coalesced: a refresh already running answered for this one (one provider call)." }) }) })
  .meta({ id: "RefreshedOAuthProfile" });

export const hdpProfileStatsSchema = z
  .object({
    dataSourcesLinked: z.number().int(),
    dataStoreId: z.number().int(),
    dataSources: z.array(z.object({ id: z.number().int(), name: z.string(), description: z.string() })),
  })
  .meta({ id: "OAuthProfileStats" });

export const hdpApplicationsSchema = z.object({ applications: z.array(hdpOAuthAppSchema) }).meta({ id: "OAuthApplications" });
export const hdpProfilesSchema = z.object({ profiles: z.array(hdpOAuthProfileSchema) }).meta({ id: "OAuthProfiles" });
