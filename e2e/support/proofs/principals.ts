// Who calls in the generated proofs: the e2e organisation's admin, publisher and viewer (API keys
// from the setup project), an admin of a second organisation (made here through the CLI), nobody,
// and a caller with a well-formed key that does not exist. Each dialect's credentials are built
// from its document's security scheme.
import { randomBytes } from "node:crypto";
import { E2E_ADMIN } from "../../../playwright.config";
import { consoleCli } from "../cli";
import { unique } from "../helpers";
import { roleKeys } from "../roles";
import type { OpenApiDocument } from "./documents";

export type OrgName = "home" | "other";
export type Principal = { name: string; role: "admin" | "publisher" | "viewer" | null; org: OrgName; email: string; key: string | null; bad?: true };
/** `memberOf`: a publisher of each organisation, the "another user" of an admin's user-owned objects. */
export type Principals = { all: Principal[]; adminOf: Record<OrgName, Principal>; memberOf: Record<OrgName, Principal>; publisher: Principal; slugs: Record<OrgName, string> };

let cached: Principals | undefined;

export function principals(): Principals {
  if (cached) return cached;
  const keys = roleKeys();
  const slug = unique("proofs-other").toLowerCase();
  consoleCli(["org", "create", "--slug", slug, "--name", "Proofs other organisation"]);
  const otherEmail = `${unique("proofs-other-admin")}@example.com`;
  consoleCli(["user", "create", "--email", otherEmail, "--role", "admin", "--org", slug, "--password", "proofs-other-password-1"]);
  const otherKey = consoleCli(["api-key", "create", "--user", otherEmail, "--org", slug, "--name", "proofs other admin"]);
  const otherMemberEmail = `${unique("proofs-other-publisher")}@example.com`;
  consoleCli(["user", "create", "--email", otherMemberEmail, "--role", "publisher", "--org", slug, "--password", "proofs-other-password-1"]);
  const otherMemberKey = consoleCli(["api-key", "create", "--user", otherMemberEmail, "--org", slug, "--name", "proofs other publisher"]);
  const admin: Principal = { name: "admin", role: "admin", org: "home", email: E2E_ADMIN.email, key: keys.admin };
  const publisher: Principal = { name: "publisher", role: "publisher", org: "home", email: keys.publisherEmail, key: keys.publisher };
  const viewer: Principal = { name: "viewer", role: "viewer", org: "home", email: keys.viewerEmail, key: keys.viewer };
  const other: Principal = { name: "admin of another organisation", role: "admin", org: "other", email: otherEmail, key: otherKey };
  // The key format (ic_<8 letters or digits>_<43 base64url>) with random content: well-formed,
  // unknown. The id part must be alphanumeric (hex here): a base64url id holds "-" or "_" about one
  // time in five, and then the value is no key at all — HDP's Basic scheme takes it as a password,
  // and the made-up account below is locked out (429, not 401) after ten of them.
  const badKey = `ic_${randomBytes(4).toString("hex")}_${randomBytes(32).toString("base64url").slice(0, 43)}`;
  const otherMember: Principal = { name: "publisher of another organisation", role: "publisher", org: "other", email: otherMemberEmail, key: otherMemberKey };
  const none: Principal = { name: "no credentials", role: null, org: "home", email: "", key: null };
  // A made-up email too: HDP's Basic scheme names a user, and wrong secrets for a real one count
  // toward that account's sign-in lockout (the shared e2e admin would be locked out).
  const bad: Principal = { name: "bad credentials", role: null, org: "home", email: `proofs-nobody-${randomBytes(4).toString("hex")}@example.com`, key: badKey, bad: true };
  return (cached = { all: [admin, publisher, viewer, none, bad, other], adminOf: { home: admin, other }, memberOf: { home: publisher, other: otherMember }, publisher, slugs: { home: "default", other: slug } });
}

/** The Authorization header a dialect's security scheme wants for a principal (none: no header). */
export function credentials(document: OpenApiDocument, principal: Principal): Record<string, string> {
  if (!principal.key) return {};
  const schemes = ((document.components as { securitySchemes?: Record<string, { type: string; scheme?: string; in?: string; name?: string; description?: string }> })?.securitySchemes ?? {});
  const scheme = Object.values(schemes)[0];
  if (!scheme) throw new Error(`${document["x-dialect"]}: the document declares no security scheme`);
  if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "basic") {
    return { authorization: `Basic ${Buffer.from(`${principal.email}:${principal.key}`).toString("base64")}` };
  }
  if (scheme.type === "http" && scheme.scheme?.toLowerCase() === "bearer") return { authorization: `Bearer ${principal.key}` };
  if (scheme.type === "apiKey" && scheme.in === "header") {
    // Posit's scheme is "Key <api key>" (its description says so); Versori's is the raw key.
    const prefix = /`Key </.test(scheme.description ?? "") ? "Key " : "";
    return { [String(scheme.name).toLowerCase()]: `${prefix}${principal.key}` };
  }
  throw new Error(`${document["x-dialect"]}: security scheme ${JSON.stringify(scheme)} is not one the proofs know how to fill`);
}
