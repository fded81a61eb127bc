// Each list page's title and description, shared by the page and its loading state. The loading
// state shows the real header, so the page's largest text paints with the first paint rather
// than when the list streams in (a late-revealed header was most of these pages' Largest
// Contentful Paint).
export const SECTION_HEADERS = {
  integrations: {
    title: "Integrations",
    description: "OAuth integrations that content uses to reach other systems. Secrets are stored encrypted and never shown.",
  },
  workloads: {
    title: "Workloads",
    description: "Scripts, apps and jobs that get tokens from this console's integrations (Posit calls them content).",
  },
  oauthApps: {
    title: "OAuth apps",
    description:
      "Client registrations with OAuth providers (Progress HDP's OAuth applications). Users connect their OAuth profiles through them; client secrets are stored encrypted and never shown.",
  },
  oauthProfiles: {
    title: "OAuth profiles",
    description: "Your tokens for the organisation's OAuth apps (Progress HDP's OAuth profiles). Tokens are stored encrypted and never shown.",
  },
  apps: { title: "Apps", description: "The APIs connections reach: this organisation's own apps and the public catalogue." },
  connections: {
    title: "Connections",
    description: "Credentials this organisation uses to reach apps: API keys, basic auth, OAuth 2.0, OIDC, JWT bearer. Secrets are stored encrypted and never shown.",
  },
  boards: { title: "Boards", description: "Integration boards and the connections they use. Deleting a connection unpublishes the boards that use it." },
  audit: { title: "Audit log", description: "Every change and refused request in this organisation, newest first. Times are UTC; hover a time for the exact instant." },
  users: {
    title: "Users",
    description:
      "Members of this organisation and their roles. Changes apply at once, to console sessions and API keys alike. A locked person cannot sign in or use API keys; sign-in tells them only “Incorrect email or password”, so that it never confirms a guessed password.",
  },
  groups: { title: "Groups", description: "Named sets of this organisation's users. An integration's “who can use it” can name a group instead of each person." },
  apiKeys: {
    title: "API keys",
    description: "Your keys for the console's APIs in this organisation. A key acts as you, with your current role; only its prefix is kept in view.",
  },
} as const;

export type SectionHeader = { title: string; description: string };
