// Route handlers that belong to the console itself, not to an API dialect: they are reviewed here
// instead of described in a dialect's OpenAPI document. lib/contract/route-coverage.test.ts fails
// for a route handler that is in neither place, and for an entry here that no handler serves.
// Add an entry only for a route no API client is meant to call (the browser, a load balancer).
export const CONSOLE_ROUTES: readonly { route: string; why: string }[] = [
  { route: "GET /api/auth/{...nextauth}", why: "Auth.js: session, CSRF token, providers (browser sign-in)" },
  { route: "POST /api/auth/{...nextauth}", why: "Auth.js: sign-in callback and sign-out (Origin-checked in proxy.ts)" },
  { route: "GET /api/health", why: "liveness and database reachability for the launcher and load balancers" },
  { route: "GET /api/openapi/{dialect}", why: "serves these documents themselves" },
  { route: "GET /api/docs", why: "the API reference page" },
  { route: "GET /api/docs/scalar.js", why: "the reference page's script, served from our own origin" },
  { route: "GET /oauth/callback", why: "the browser's landing after an OAuth provider's consent page (console Connect)" },
  { route: "GET /integrations/export", why: "the integrations list's current filter as a CSV download (signed-in session)" },
  { route: "GET /audit/export", why: "the audit log's current filter as a CSV download (signed-in session)" },
  { route: "GET /oauth-apps/export", why: "the OAuth apps list's current filter as a CSV download (signed-in session)" },
  { route: "GET /connections/export", why: "the connections list's current filter as a CSV download (signed-in session)" },
  { route: "GET /api/console/dashboard/{widget}", why: "the home dashboard's widgets (signed-in session)" },
  { route: "GET /api/console/search", why: "the ⌘K palette's search (signed-in session)" },
];

