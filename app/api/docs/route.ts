// GET /api/docs — the API reference (Scalar), one document per dialect, rendered in the browser
// from our own copy of its script (no CDN) under the page's CSP nonce (set by proxy.ts).
import { ApiReference } from "@scalar/nextjs-api-reference";
import { documentSources } from "@/lib/contract/documents";
import { NONCE_HEADER } from "@/lib/security/csp";

export function GET(request: Request) {
  const render = ApiReference({
    pageTitle: "API reference · Integration Console",
    cdn: "/api/docs/scalar.js",
    nonce: request.headers.get(NONCE_HEADER) ?? undefined,
    sources: documentSources().map((source, index) => ({
      title: source.title,
      slug: source.name,
      url: source.url,
      authentication: source.authentication,
      default: index === 0,
    })),
    // Nothing leaves this origin: no fonts, telemetry, AI agent, MCP or developer tools from Scalar's services.
    withDefaultFonts: false,
    telemetry: false,
    agent: { disabled: true },
    mcp: { disabled: true },
    showDeveloperTools: "never",
    persistAuth: false,
    // Each dialect has a handful of tags: list every operation in the sidebar from the start.
    defaultOpenAllTags: true,
  });
  return render();
}
