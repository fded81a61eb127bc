// Every page the screenshots cover: each route under app/(console)/ (lists, details, new and edit
// forms), the dashboard, sign-in, 404, 403 as a viewer, and three open overlays (the ⌘K palette,
// the phone menu, a delete confirmation).
import type { Page } from "@playwright/test";
import type { Seeded } from "./seed";

export type Shot = {
  /** The file name, without .png. */
  name: string;
  path: string;
  as: "admin" | "viewer" | "signed-out";
  /** A test id inside #main to wait for; else the page's h1. */
  ready?: string;
  /** Only at this width (the phone menu exists only at phone width). */
  onlyWidth?: number;
  /** Opens something after the page is ready. */
  open?: (page: Page) => Promise<void>;
};

async function openPalette(page: Page) {
  // Ctrl+K is heard once the shell has hydrated, and the palette's code loads on first open.
  const box = page.getByTestId("command-palette").getByRole("combobox");
  for (let i = 0; i < 20 && !(await box.isVisible()); i++) {
    await page.keyboard.press("Control+k");
    await box.waitFor({ timeout: 1_000 }).catch(() => {});
  }
  await box.fill("a");
  await page.getByTestId("command-palette").getByRole("option").first().waitFor();
}

async function openMenu(page: Page) {
  await page.getByRole("button", { name: "Open menu" }).click();
  await page.getByTestId("mobile-menu").getByRole("navigation", { name: "Main" }).waitFor();
}

async function openDelete(page: Page) {
  await page.locator("#main").getByRole("button", { name: "Delete", exact: true }).click();
  await page.getByRole("alertdialog").waitFor();
}

export function shots(s: Seeded): Shot[] {
  const admin = (name: string, path: string, ready?: string, extra: Partial<Shot> = {}): Shot => ({ name, path, as: "admin", ready, ...extra });
  return [
    { name: "login", path: "/login", as: "signed-out" },
    admin("dashboard", "/", "widget-activity"),
    admin("integrations", "/integrations", "integrations-table"),
    admin("integration", `/integrations/${s.integration}`, "integration-detail"),
    admin("integration-new", "/integrations/new"),
    admin("integration-new-azure", "/integrations/new?template=azure"),
    admin("integration-edit", `/integrations/${s.integration}/edit`),
    admin("workloads", "/workloads", "workloads-table"),
    admin("workload", `/workloads/${s.workload}`, "workload-header"),
    admin("workload-new", "/workloads/new", "workload-form"),
    admin("workload-edit", `/workloads/${s.workload}/edit`, "workload-form"),
    admin("users", "/users", "users-table"),
    admin("groups", "/groups", "groups-table"),
    admin("group", `/groups/${s.group}`, "group-members-table"),
    admin("api-keys", "/api-keys", "api-keys-table"),
    admin("audit", "/audit", "audit-table"),
    admin("oauth-apps", "/oauth-apps", "oauth-apps-table"),
    admin("oauth-app", `/oauth-apps/${s.oauthApp}`, "oauth-app-header"),
    admin("oauth-app-new", "/oauth-apps/new", "oauth-app-form"),
    admin("oauth-app-edit", `/oauth-apps/${s.oauthApp}/edit`, "oauth-app-form"),
    admin("oauth-profiles", "/oauth-profiles?owner=all", "oauth-profiles-table"),
    admin("oauth-profile", `/oauth-profiles/${s.profile}`, "oauth-profile-header"),
    admin("oauth-profile-new", "/oauth-profiles/new", "connect-form"),
    admin("oauth-result", "/oauth/result?reason=expired"),
    admin("apps", "/apps", "org-apps"),
    admin("app", `/apps/${s.app}`, "app-detail"),
    admin("app-new", "/apps/new", "app-form"),
    admin("app-edit", `/apps/${s.app}/edit`, "app-form"),
    admin("connections", "/connections", "connections-table"),
    admin("connection", `/connections/${s.connection}`, "connection-detail"),
    admin("connection-new", "/connections/new", "catalogue-apps"),
    admin("connection-edit", `/connections/${s.connection}/edit`, "connection-form"),
    admin("boards", "/boards", "boards-table"),
    admin("not-found", "/no-such-page", "not-found"),
    admin("palette", "/", "widget-activity", { open: openPalette }),
    admin("phone-menu", "/integrations", "integrations-table", { onlyWidth: 390, open: openMenu }),
    admin("delete-dialog", `/integrations/${s.integration}`, "integration-detail", { open: openDelete }),
    { name: "forbidden-viewer", path: "/integrations", as: "viewer", ready: "forbidden" },
    { name: "dashboard-viewer", path: "/", as: "viewer", ready: "widget-counts" },
  ];
}
