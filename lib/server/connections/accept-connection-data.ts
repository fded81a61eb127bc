import "server-only";
// Checks a connection's `data` against the shape its auth type takes (the spec's ConnectionData*)
// and splits it into the non-secret part stored in the row and the secret part for the store.
import { AppError } from "@/lib/errors";
import { AUTH_TYPE_LABELS, isAuthConfigType, type AppDto } from "@/lib/schemas/apps";
import { CONNECTION_SECRET_FIELDS, connectionDataSchemas, isFormAuthType, type FormAuthType } from "@/lib/schemas/connections";
import { z } from "zod";
import { parseInput } from "@/lib/server/validation";

const invalid = (message: string, field = "authType") => new AppError("validation_failed", message, { fieldErrors: { [field]: [message] } });

/** The auth type's config on the app, refused when the app does not offer it or it is incomplete. */
export function requireSupportedAuthType(app: AppDto, authType: string) {
  const config = app.supportedAuthConfigs.find((c) => c.type === authType);
  if (!isAuthConfigType(authType) || !config) {
    const offered = app.supportedAuthConfigs.map((c) => c.type).join(", ") || "none";
    throw invalid(`App "${app.name}" does not support auth type "${authType}" (it supports: ${offered})`);
  }
  if (!config.isValid) throw invalid(`The ${AUTH_TYPE_LABELS[config.type]} configuration of app "${app.name}" is incomplete, so no connection can use it yet`);
  return config;
}

/** True when this auth type's connection is made through the browser (authorization code). */
export function needsRedirect(app: AppDto, authType: string): boolean {
  if (authType === "oidc") return true;
  if (authType !== "oauth2") return false;
  const flow = app.supportedAuthConfigs.find((c) => c.type === "oauth2")?.data.flowType;
  return flow === "authorization_code";
}

export type AcceptedData = { data: Record<string, unknown>; secrets: Record<string, string> };

/**
 * `keepSecrets` (a replace): a secret field sent empty keeps the stored value, and one the
 * stored connection already has may be omitted. On create every required secret must be given.
 */
export function acceptConnectionData(authType: FormAuthType, input: Record<string, unknown>, keepSecrets: ReadonlySet<string> = new Set()): AcceptedData {
  const secretFields = CONNECTION_SECRET_FIELDS[authType];
  const probe = { ...input };
  for (const field of secretFields) {
    if ((probe[field] === "" || probe[field] === undefined) && keepSecrets.has(field)) probe[field] = "kept";
    else if (probe[field] === "") throw invalid(`data.${field} must not be empty`, `data.${field}`);
  }
  const parsed = parseInput(z.object({ data: connectionDataSchemas[authType] }), { data: probe }).data as Record<string, unknown>;
  const data: Record<string, unknown> = {};
  const secrets: Record<string, string> = {};
  for (const [field, value] of Object.entries(parsed)) {
    if (!secretFields.includes(field)) data[field] = value;
    else if (typeof input[field] === "string" && input[field] !== "") secrets[field] = input[field] as string;
  }
  return { data, secrets };
}

export function requireFormAuthType(app: AppDto, authType: string): FormAuthType {
  if (needsRedirect(app, authType)) {
    throw invalid(`A ${AUTH_TYPE_LABELS[authType as FormAuthType] ?? authType} connection to "${app.name}" is made in the browser: call connection-init instead`);
  }
  if (!isFormAuthType(authType)) throw invalid(`Auth type "${authType}" cannot be configured with data`);
  return authType;
}
