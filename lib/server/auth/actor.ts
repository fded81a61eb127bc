import "server-only";
import type { Role } from "@/lib/permissions";

/** Who is calling, in which organisation, with which role there. Every service takes one. */
export type Actor = {
  userId: string;
  email: string;
  firstName: string;
  lastName: string;
  organizationId: string;
  organizationSlug: string;
  role: Role;
  via: "session" | "api-key" | "access-token" | "password" | "cli";
  /** The API key's id when `via` is "api-key" or "access-token" (the key the token stands for). */
  apiKeyId?: string;
};

/** What a caller said about itself that nothing vouches for (no trusted proxy): kept as given. */
export type UntrustedClaims = { requestId?: string; forwardedFor?: string; realIp?: string };

/**
 * Per-request facts recorded in audit events. `ip` is the TCP peer, or the client a trusted proxy
 * names; `untrusted` holds the request id and forwarded addresses a caller sent without one.
 */
export type RequestContext = { requestId: string; ip: string | null; untrusted?: UntrustedClaims | null };

export const cliContext = (): RequestContext => ({ requestId: `cli-${crypto.randomUUID()}`, ip: null });

type ActorUser = { id: string; email: string; firstName: string; lastName: string };

/** One shape for every way of becoming an actor (session, API key, password, CLI). */
export const toActor = (user: ActorUser, organization: { id: string; slug: string }, role: Role, via: Actor["via"]): Actor => ({
  userId: user.id,
  email: user.email,
  firstName: user.firstName,
  lastName: user.lastName,
  organizationId: organization.id,
  organizationSlug: organization.slug,
  role,
  via,
});
