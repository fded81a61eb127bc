import { z } from "zod";
import { listPageFields } from "./list-query";
import { hdpDescriptionSchema, hdpNameSchema } from "./oauth-apps";

// OAuth profiles (Progress HDP): a user's tokens for an OAuth app. Bodies shared by the HDP API
// and the console's forms. Unknown keys are ignored (a client may PUT back what it got).

const appIdSchema = z
  .number({ error: "oauthAppId is required and must be a number" })
  .int("oauthAppId must be an integer")
  .positive("oauthAppId must be a positive integer");

const tokenSchema = (field: string) =>
  z
    .string({ error: `${field} must be a string` })
    .max(8192, `${field} must be at most 8192 characters`)
    .nullish()
    .transform((value) => (value ? value : undefined));

const bodyMustBeObject = { error: "The request body must be a JSON object" };

export const createOAuthProfileSchema = z.object(
  {
    name: hdpNameSchema,
    oauthAppId: appIdSchema,
    description: hdpDescriptionSchema,
    accessToken: tokenSchema("accessToken"),
    refreshToken: z
      .string({ error: "refreshToken is required and must be a string" })
      .min(1, "refreshToken is required")
      .max(8192, "refreshToken must be at most 8192 characters"),
  },
  bodyMustBeObject,
);
export type CreateOAuthProfileInput = z.input<typeof createOAuthProfileSchema>;

/** PUT replaces name, description and app; an omitted or empty token keeps the stored one. */
export const updateOAuthProfileSchema = z.object(
  {
    name: hdpNameSchema,
    oauthAppId: appIdSchema,
    description: hdpDescriptionSchema,
    accessToken: tokenSchema("accessToken"),
    refreshToken: tokenSchema("refreshToken"),
  },
  bodyMustBeObject,
);
export type UpdateOAuthProfileInput = z.input<typeof updateOAuthProfileSchema>;

/** The console's "Replace tokens": at least one token, explicitly. */
export const replaceOAuthProfileTokensSchema = z
  .object({ accessToken: tokenSchema("accessToken"), refreshToken: tokenSchema("refreshToken") }, bodyMustBeObject)
  .refine((value) => value.accessToken || value.refreshToken, { message: "Enter an access token, a refresh token, or both", path: ["refreshToken"] });

/** The console's "Connect with <app>": the profile to create once the provider says yes. */
export const connectOAuthProfileSchema = z.object({ name: hdpNameSchema, oauthAppId: appIdSchema, description: hdpDescriptionSchema }, bodyMustBeObject);

export const OAUTH_PROFILE_STATES = ["active", "needs_reauthorization"] as const;
export type OAuthProfileState = (typeof OAUTH_PROFILE_STATES)[number];

export type OAuthProfileDto = {
  id: number;
  name: string;
  description: string;
  oauthAppId: number;
  oauthAppName: string;
  dataStore: number;
  authorizeURI: string;
  tokenURI: string;
  scope: string;
  owner: { id: string; email: string };
  state: OAuthProfileState;
  accessTokenSet: boolean;
  accessTokenUpdatedAt: string | null;
  accessTokenExpiresAt: string | null;
  refreshTokenSet: boolean;
  refreshTokenUpdatedAt: string | null;
  lastRefreshedAt: string | null;
  lastRefreshError: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
};

export const OAUTH_PROFILE_SORTS = ["name", "-name", "created", "-created"] as const;

/** The console list's URL state. `owner` (admins): "" = mine, "all", or a user's email. */
export const oauthProfileListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  owner: z.string().trim().max(320).catch(""),
  app: z.coerce.number().int().positive().optional().catch(undefined),
  ...listPageFields(OAUTH_PROFILE_SORTS, "name"),
});
export type OAuthProfileListQuery = z.infer<typeof oauthProfileListQuerySchema>;
