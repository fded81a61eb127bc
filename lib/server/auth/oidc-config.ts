import "server-only";
// Single sign-on (OIDC) as the environment configures it, and the role an identity provider's
// claims grant. Pure apart from reading the environment, so the mapping is unit-tested.
import { env } from "@/lib/env";
import type { Role } from "@/lib/permissions";

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The sign-in button says "Sign in with <name>". */
  name: string;
  /** Slug of the organisation people join at their first sign-in. */
  organizationSlug: string;
  /** The claim the role comes from; null: new people are viewers and roles are managed in the console. */
  roleClaim: string | null;
  adminValues: string[];
  publisherValues: string[];
  linkByEmail: boolean;
};

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((v) => v.trim())
    .filter(Boolean);

/** The configuration, or null when single sign-on is off (issuer, client id or secret missing). */
export function oidcConfig(): OidcConfig | null {
  const issuer = env.oidcIssuer();
  const clientId = env.oidcClientId();
  const clientSecret = env.oidcClientSecret();
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    issuer,
    clientId,
    clientSecret,
    name: env.oidcName(),
    organizationSlug: env.oidcOrganization(),
    roleClaim: env.oidcRoleClaim() ?? null,
    adminValues: list(env.oidcAdminValues()),
    publisherValues: list(env.oidcPublisherValues()),
    linkByEmail: env.oidcLinkByEmail(),
  };
}

/** What the sign-in page shows: the single sign-on button's label (null: none) and whether the password form is on. */
export function signInOptions(): { sso: { name: string } | null; password: boolean } {
  const config = oidcConfig();
  return { sso: config ? { name: config.name } : null, password: env.passwordSignIn() };
}

/** A claim's values: an array's strings, or a single string as one value. */
function claimValues(value: unknown): string[] {
  if (typeof value === "string") return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim());
  return [];
}

/**
 * The role the claims grant: "unmanaged" without a role claim (new people are viewers, later
 * sign-ins keep the role set in the console); null when the role claim is missing or empty (no
 * access: the person was removed from every group); else admin, publisher, or viewer by default.
 */
export function roleFromClaims(claims: Record<string, unknown>, config: Pick<OidcConfig, "roleClaim" | "adminValues" | "publisherValues">): Role | "unmanaged" | null {
  if (!config.roleClaim) return "unmanaged";
  const values = claimValues(claims[config.roleClaim]);
  if (values.length === 0) return null;
  if (values.some((v) => config.adminValues.includes(v))) return "admin";
  if (values.some((v) => config.publisherValues.includes(v))) return "publisher";
  return "viewer";
}
