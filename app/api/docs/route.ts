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
    // "Open API Client" hands the document's URL to Scalar's website: a self-hosted console keeps
    // its API to itself (each operation's own "Test request" runs here).
    hideClientButton: true,
    customCss: BACK_BAR_CSS,
    persistAuth: false,
    // Each dialect has a handful of tags: list every operation in the sidebar from the start.
    defaultOpenAllTags: true,
  });
  return withBackLink(render());
}

// A way back to the console above the reference (the page is Scalar's whole document).
const BACK_BAR_CSS = `
.console-back-bar { display: flex; align-items: center; gap: 1rem; padding: 0.5rem 1rem; border-bottom: 1px solid var(--scalar-border-color); background: var(--scalar-background-1); font: 14px/1.4 system-ui, sans-serif; }
.console-back-bar a { color: var(--scalar-color-1); text-decoration: none; }
.console-back-bar a:hover, .console-back-bar a:focus-visible { text-decoration: underline; }
`;
const BACK_BAR = `<nav class="console-back-bar" aria-label="Console"><a href="/" data-testid="back-to-console">← Back to the console</a></nav>`;

async function withBackLink(response: Response): Promise<Response> {
  const html = (await response.text()).replace("<body>", `<body>\n    ${BACK_BAR}`);
  return new Response(html, { status: response.status, headers: response.headers });
}
