import type { Permission } from "@/lib/permissions";

export type NavItem = {
  href: string;
  label: string;
  /** Who sees the item; none = every signed-in user. */
  permission?: Permission;
  comingSoon?: boolean;
};

/**
 * The console's sections, in sidebar order; each is shown only to roles holding its permission.
 * A new section appends one line here: the sidebar, the phone menu, the breadcrumbs and the ⌘K
 * palette all read this list.
 */
export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Home" },
  { href: "/integrations", label: "Integrations", permission: "integration.read" },
  { href: "/workloads", label: "Workloads", permission: "workload.read" },
  { href: "/oauth-apps", label: "OAuth apps", permission: "oauthApp.read" },
  { href: "/oauth-profiles", label: "OAuth profiles", permission: "oauthProfile.own" },
  { href: "/apps", label: "Apps", permission: "app.read" },
  { href: "/connections", label: "Connections", permission: "connection.read" },
  { href: "/boards", label: "Boards", permission: "board.read" },
  { href: "/audit", label: "Audit log", permission: "audit.read" },
  { href: "/users", label: "Users", permission: "user.read" },
  { href: "/groups", label: "Groups", permission: "group.read" },
  { href: "/api-keys", label: "API keys", permission: "apiKey.own" },
  { href: "/settings", label: "Settings", permission: "organization.settings" },
];

/** Pages reached from the user menu, not the sidebar: the breadcrumbs name them too. */
export const ACCOUNT_PAGES: NavItem[] = [{ href: "/connected-accounts", label: "Connected accounts" }];
