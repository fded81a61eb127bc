// The one permission table: `resource.action` → roles. Services check it (lib/server/auth/
// require-permission.ts); the UI reads it only to hide what a user cannot do. Unknown → deny.
export const ROLES = ["admin", "publisher", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = {
  "integration.read": ["admin", "publisher"],
  "integration.create": ["admin"],
  "integration.update": ["admin"],
  "integration.delete": ["admin"],
  "integration.verify": ["admin"],
  "template.read": ["admin", "publisher"],
  "content.read": ["admin", "publisher"],
  "content.associate": ["admin", "publisher"],
  // Workloads (Posit's content): publishers reach only their own, admins every one (workload.readAll).
  "workload.read": ["admin", "publisher"],
  "workload.readAll": ["admin"],
  "workload.create": ["admin", "publisher"],
  "workload.update": ["admin", "publisher"],
  "workload.delete": ["admin", "publisher"],
  "workload.sessionToken": ["admin", "publisher"],
  "workload.userSessionTokenForOthers": ["admin"],
  "oauthApp.read": ["admin", "publisher"],
  "oauthApp.write": ["admin"],
  "oauthProfile.own": ["admin", "publisher", "viewer"],
  "oauthProfile.actForUser": ["admin"],
  "connection.read": ["admin", "publisher"],
  "connection.write": ["admin"],
  "app.read": ["admin", "publisher"],
  "app.write": ["admin"],
  "board.read": ["admin", "publisher"],
  "board.write": ["admin"],
  "audit.read": ["admin"],
  "user.read": ["admin"],
  "user.manage": ["admin"],
  "group.read": ["admin"],
  "group.manage": ["admin"],
  "apiKey.own": ["admin", "publisher", "viewer"],
  "webhook.manage": ["admin"],
  "organization.settings": ["admin"],
  // The credential exchange: admins for any workload, publishers for the workloads they own.
  "content.exchange": ["admin", "publisher"],
  // A user's connected accounts for Viewer integrations (Posit's OAuth sessions); admins list everyone's.
  "oauthSession.own": ["admin", "publisher", "viewer"],
  "oauthSession.readAll": ["admin"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export const isRole = (value: unknown): value is Role => ROLES.includes(value as Role);

export function can(role: string | null | undefined, permission: Permission): boolean {
  if (!isRole(role) || !Object.hasOwn(PERMISSIONS, permission)) return false;
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return allowed.includes(role);
}
