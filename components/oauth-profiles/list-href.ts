/** A profile's page; `owner` (an admin looking at someone else's) travels along. */
export const profileHref = (id: number, ownerEmail?: string | null) => (ownerEmail ? `/oauth-profiles/${id}?owner=${encodeURIComponent(ownerEmail)}` : `/oauth-profiles/${id}`);
