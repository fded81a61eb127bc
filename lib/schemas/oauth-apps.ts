import { z } from "zod";
import { secretExpirySchema } from "./expiry";
import { listPageFields } from "./list-query";

// OAuth apps (Progress HDP's "OAuth applications"): request bodies shared by the HDP API and the
// console's forms. Unknown keys are ignored, so a client may PUT back what it got from a GET.

import { DATA_STORES } from "./data-stores";
export { DATA_STORES, dataStoreLabel, type DataStoreId } from "./data-stores";

/** HDP: "can contain only alphanumeric characters and the underscore character". */
export const hdpNameSchema = z
  .string({ error: "name is required and must be a string" })
  .trim()
  .min(1, "name is required")
  .max(100, "name must be at most 100 characters")
  .regex(/^[A-Za-z0-9_]+$/, "name can contain only letters, digits and the underscore character");

export const hdpDescriptionSchema = z
  .string({ error: "description must be a string" })
  .trim()
  .max(500, "description must be at most 500 characters")
  .nullish()
  .transform((value) => value ?? "");

const isWebUrl = (value: string) => {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password && !url.hash;
  } catch {
    return false;
  }
};

const uriSchema = (field: string) =>
  z
    .string({ error: `${field} is required and must be a string` })
    .trim()
    .min(1, `${field} is required`)
    .max(2000, `${field} must be at most 2000 characters`)
    .refine(isWebUrl, `${field} must be an http(s) URL without credentials or fragment`);

const appFields = {
  name: hdpNameSchema,
  dataStore: z
    .number({ error: "dataStore is required and must be a number" })
    .int("dataStore must be an integer")
    .refine((id) => DATA_STORES.some((d) => d.id === id), `dataStore must be one of ${DATA_STORES.map((d) => `${d.id} (${d.label})`).join(", ")}`),
  /** HDP's tenant; here the organisation's id. Accepted only when it names the caller's organisation. */
  tenantId: z.union([z.string(), z.number()], { error: "tenantId must be a string or a number" }).nullish(),
  description: hdpDescriptionSchema,
  clientId: z.string({ error: "clientId is required and must be a string" }).trim().min(1, "clientId is required").max(500, "clientId must be at most 500 characters"),
  authorizeURI: uriSchema("authorizeURI"),
  tokenURI: uriSchema("tokenURI"),
  scope: z
    .string({ error: "scope must be a string" })
    .trim()
    .max(1000, "scope must be at most 1000 characters")
    .nullish()
    .transform((value) => value ?? ""),
};

const bodyMustBeObject = { error: "The request body must be a JSON object" };

export const createOAuthAppSchema = z.object(
  {
    ...appFields,
    clientSecret: z.string({ error: "clientSecret is required and must be a string" }).min(1, "clientSecret is required").max(4000, "clientSecret is too long"),
    /** Our addition: when the client secret stops working. */
    clientSecretExpiresAt: secretExpirySchema.optional(),
  },
  bodyMustBeObject,
);
export type CreateOAuthAppInput = z.input<typeof createOAuthAppSchema>;

/** PUT replaces every field; an omitted or empty clientSecret keeps the stored one. */
export const updateOAuthAppSchema = z.object(
  {
    ...appFields,
    clientSecret: z.string({ error: "clientSecret must be a string" }).max(4000, "clientSecret is too long").nullish(),
    /** Our addition: when the client secret stops working; null forgets it, omitted keeps it (a new clientSecret without it forgets the old date). */
    clientSecretExpiresAt: secretExpirySchema.optional(),
  },
  bodyMustBeObject,
);
export type UpdateOAuthAppInput = z.input<typeof updateOAuthAppSchema>;

export type OAuthAppDto = {
  id: number;
  name: string;
  dataStore: number;
  dataStoreName: string;
  tenantId: string;
  description: string;
  clientId: string;
  authorizeURI: string;
  tokenURI: string;
  scope: string;
  clientSecretSet: boolean;
  clientSecretUpdatedAt: string | null;
  clientSecretExpiresAt: string | null;
  profileCount: number;
  createdAt: string;
  updatedAt: string;
  version: number;
};

export const OAUTH_APP_SORTS = ["name", "-name", "created", "-created", "dataStore", "-dataStore"] as const;

/** The console list's URL state; anything malformed falls back to the default. */
export const oauthAppListQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  dataStore: z.coerce.number().int().positive().optional().catch(undefined),
  /** Only apps whose client secret expires before this date (YYYY-MM-DD). */
  expiresBefore: z.iso.date().optional().catch(undefined),
  ...listPageFields(OAUTH_APP_SORTS, "name"),
});
export type OAuthAppListQuery = z.infer<typeof oauthAppListQuerySchema>;
