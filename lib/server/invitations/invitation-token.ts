import "server-only";
// An invitation's one-time link: `/invitation?token=inv_…` (256 random bits; only its SHA-256 is
// stored). Valid 7 days.
import { hashOpaqueToken, opaqueTokenKind } from "@/lib/server/crypto/opaque-token";
import { consoleLink } from "@/lib/server/links";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const invitationToken = opaqueTokenKind("inv");
export const INVITATION_PATH = "/invitation";

export const invitationLink = (token: string, origin?: string | null) => consoleLink(`${INVITATION_PATH}?token=${encodeURIComponent(token)}`, origin);

/** The stored hash of a presented token; null for anything that cannot be one (no lookup then). */
export const invitationTokenHash = (token: unknown) => (typeof token === "string" && invitationToken.looksLike(token) ? hashOpaqueToken(token) : null);
