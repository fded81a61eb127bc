// The home dashboard's widgets: what each route handler returns (no secrets: only names, counts,
// times and links).
export const DASHBOARD_WIDGETS = ["counts", "secret-age", "expiring", "reauthorization", "failures", "activity"] as const;
export type DashboardWidget = (typeof DASHBOARD_WIDGETS)[number];

export type SectionCount = { label: string; count: number; href: string };
export type SecretAgeItem = { integrationName: string; field: string; updatedAt: string; href: string };
/** An API key about to expire, or an OAuth token (profile, connection) that will stop working: needs reauthorization, or expires with no refresh token to renew it. */
export type ExpiringItem = {
  kind: "API key" | "OAuth profile" | "Connection" | "Integration" | "OAuth app" | "Connected account" | "Webhook";
  name: string;
  expiresAt: string | null;
  needsReauthorization?: boolean;
  /** A webhook disabled after 3 days of failed deliveries. */
  disabled?: boolean;
  href: string;
};
/** A connected account (Posit OAuth session) needing reauthorization: the user's own (`userEmail` null) or, for admins, a member's. */
export type ReauthorizationItem = { sessionGuid: string; integrationGuid: string; integrationName: string; userEmail: string | null; since: string; href: string };
export type EventItem = { id: string; action: string; outcome: string; actorLabel: string; detail: string | null; createdAt: string; href: string };

export type DashboardData = {
  counts: SectionCount[];
  "secret-age": SecretAgeItem[];
  expiring: ExpiringItem[];
  reauthorization: ReauthorizationItem[];
  failures: EventItem[];
  activity: EventItem[];
};
