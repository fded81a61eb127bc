// Constants of the console lists that client components need. No zod here: a client component
// importing a schema module pulls zod (≈ 32 kB gzip) into the page's first-load JavaScript.
export const LIST_PAGE_SIZES = [10, 25, 50, 100] as const;

/** Posit's integration auth types (the integrations list filters by them). */
export const AUTH_TYPES = ["Viewer", "Service Account", "Visitor API Key"] as const;
