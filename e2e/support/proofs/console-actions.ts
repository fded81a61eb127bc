// The console's server actions for proof 1's second door: for each action, the permission it needs
// (lib/permissions.ts), the objects it can be aimed at, a fresh object of that kind in a given
// organisation (or owned by a given user), and the arguments its form or list sends. Actions that
// are not authority checks of their own are listed in EXEMPT with the reason, and printed.
import { consoleCli } from "../cli";
import { withDatabase } from "../database";
import { unique } from "../helpers";
import { createDialectObject, hdpAppBody, refsOf, versoriAppBody, type ProofsProvider } from "./fixtures";
import { createOAuthSession, createViewerIntegration } from "./exchange-fixtures";
import { send } from "./http";
import { principals, type OrgName, type Principal } from "./principals";
import { integrationBody } from "./requests";

/** "another user's": owned by another member of the caller's organisation (user-owned objects only). */
export type Target = "own" | "another user's" | "another organisation's" | "missing" | "none";
/** A target: its id (as the action takes it), and for some kinds the object it hangs off. */
export type Made = { id: string; appId?: number; memberGuid?: string; tokenId?: string; deliveryId?: string };
export type Kind =
  | "integration"
  | "viewerIntegration"
  | "group"
  | "groupWithMember"
  | "oauthApp"
  | "oauthProfile"
  | "oauthSession"
  | "connection"
  | "app"
  | "board"
  | "apiKey"
  | "member"
  | "invitation"
  | "workload"
  | "workloadWithToken"
  | "webhook"
  | "webhookWithDelivery";
export type ActionSpec = {
  file: string;
  name: string;
  /** A page that imports the action (any such page works: the id is global). */
  page: string;
  permission: string;
  kind?: Kind;
  targets: Target[];
  args: (target: Made, provider: ProofsProvider, caller: Principal) => unknown[] | Promise<unknown[]>;
  /** Holders of this permission reach other members' objects too (workloads: admins reach every one). */
  reachAll?: string;
  /** A permitted call on its own object that the object's type cannot serve answers this (past the permission and the lookup: authorization held). */
  unsupported?: RegExp;
};

const version = 1; // every fixture is fresh
const object: Target[] = ["own", "another organisation's", "missing"];
const owned: Target[] = ["own", "another user's", "another organisation's", "missing"];
const hdpName = (label: string) => unique(label).replace(/-/g, "_");
const num = (t: Made) => Number(t.id);

/** Where a domain's actions live (README, "Layout"). */
const file = (domain: string) => `lib/actions/${domain}.ts`;
const I = file("integrations");
const G = file("groups");
const OA = file("oauth-apps");
const OP = file("oauth-profiles");
const C = file("connections");
const A = file("apps");
const W = "lib/actions/workloads.ts";
const WH = file("webhooks");
const workload = { file: W, page: "/workloads", kind: "workload", targets: owned, reachAll: "workload.readAll" } as const;

export const ACTIONS: ActionSpec[] = [
  { file: I, name: "createIntegrationAction", page: "/integrations/new", permission: "integration.create", targets: ["none"], args: (_, p) => [integrationBody({ tokenUrl: p.server.tokenUrl }, "action matrix")] },
  { file: I, name: "updateIntegrationAction", page: "/integrations", permission: "integration.update", kind: "integration", targets: object, args: (t) => [{ guid: t.id, version, name: "changed", description: "changed", config: {} }] },
  { file: I, name: "deleteIntegrationsAction", page: "/integrations", permission: "integration.delete", kind: "integration", targets: object, args: (t) => [{ items: [{ guid: t.id, version }] }] },
  { file: I, name: "deleteIntegrationAction", page: "/integrations", permission: "integration.delete", kind: "integration", targets: object, args: (t) => [{ guid: t.id, version }] },
  { file: I, name: "verifyIntegrationAction", page: "/integrations", permission: "integration.verify", kind: "integration", targets: object, args: (t) => [{ guid: t.id }] },
  { file: I, name: "searchPrincipalsAction", page: "/integrations", permission: "integration.update", targets: ["none"], args: () => [{ query: "a" }] },

  { file: file("users"), name: "createUserAction", page: "/users", permission: "user.manage", targets: ["none"], args: () => [{ email: `${unique("matrix")}@example.com`, role: "viewer", password: "proofs-matrix-password-1" }] },
  { file: file("users"), name: "changeMemberRoleAction", page: "/users", permission: "user.manage", kind: "member", targets: object, args: (t) => [{ userId: t.id, role: "publisher", version }] },
  { file: file("users"), name: "setMemberLockedAction", page: "/users", permission: "user.manage", kind: "member", targets: object, args: (t) => [{ userId: t.id, locked: true }] },
  { file: file("users"), name: "issueResetLinkAction", page: "/users", permission: "user.manage", kind: "member", targets: object, args: (t) => [{ userId: t.id }] },
  { file: file("users"), name: "renewInvitationAction", page: "/users", permission: "user.manage", kind: "invitation", targets: object, args: (t) => [{ userId: t.id }] },
  { file: file("users"), name: "revokeInvitationAction", page: "/users", permission: "user.manage", kind: "invitation", targets: object, args: (t) => [{ userId: t.id }] },

  { file: WH, name: "createWebhookAction", page: "/settings/webhooks", permission: "webhook.manage", targets: ["none"], args: () => [{ url: `http://127.0.0.1:9/${unique("matrix")}`, events: ["integration.created"] }] },
  { file: WH, name: "updateWebhookAction", page: "/settings/webhooks", permission: "webhook.manage", kind: "webhook", targets: object, args: (t) => [{ id: t.id, version, enabled: false }] },
  { file: WH, name: "deleteWebhookAction", page: "/settings/webhooks", permission: "webhook.manage", kind: "webhook", targets: object, args: (t) => [{ id: t.id }] },
  { file: WH, name: "rotateWebhookSecretAction", page: "/settings/webhooks", permission: "webhook.manage", kind: "webhook", targets: object, args: (t) => [{ id: t.id }] },
  { file: WH, name: "sendTestWebhookAction", page: "/settings/webhooks", permission: "webhook.manage", kind: "webhook", targets: object, args: (t) => [{ id: t.id }] },
  { file: WH, name: "resendWebhookDeliveryAction", page: "/settings/webhooks", permission: "webhook.manage", kind: "webhookWithDelivery", targets: object, args: (t) => [{ id: t.id, deliveryId: t.deliveryId }] },
  { file: WH, name: "updateOrganizationSettingsAction", page: "/settings", permission: "organization.settings", targets: ["none"], args: () => [{ expiringWindowDays: 30 }] },

  { file: G, name: "createGroupAction", page: "/groups", permission: "group.manage", targets: ["none"], args: () => [{ name: unique("matrix group") }] },
  { file: G, name: "deleteGroupAction", page: "/groups", permission: "group.manage", kind: "group", targets: object, args: (t) => [{ guid: t.id }] },
  { file: G, name: "deleteGroupsAction", page: "/groups", permission: "group.manage", kind: "group", targets: object, args: (t) => [{ items: [{ guid: t.id, name: "matrix group" }] }] },
  { file: G, name: "addGroupMemberAction", page: "/groups", permission: "group.manage", kind: "group", targets: object, args: (t, _p, caller) => [{ groupGuid: t.id, login: principals().memberOf[caller.org].email }] },
  { file: G, name: "suggestGroupMembersAction", page: "/groups", permission: "group.manage", kind: "group", targets: object, args: (t) => [{ groupGuid: t.id, query: "a" }] },
  { file: G, name: "removeGroupMemberAction", page: "/groups", permission: "group.manage", kind: "groupWithMember", targets: object, args: (t) => [{ groupGuid: t.id, userGuid: t.memberGuid }] },

  { file: OA, name: "createOAuthAppAction", page: "/oauth-apps", permission: "oauthApp.write", targets: ["none"], args: (_, p) => [hdpAppBody(p)] },
  { file: OA, name: "updateOAuthAppAction", page: "/oauth-apps", permission: "oauthApp.write", kind: "oauthApp", targets: object, args: (t, p) => [{ id: num(t), version, ...hdpAppBody(p) }] },
  { file: OA, name: "deleteOAuthAppAction", page: "/oauth-apps", permission: "oauthApp.write", kind: "oauthApp", targets: object, args: (t) => [{ id: num(t), version }] },
  { file: OA, name: "deleteOAuthAppsAction", page: "/oauth-apps", permission: "oauthApp.write", kind: "oauthApp", targets: object, args: (t) => [{ items: [{ id: num(t), version }] }] },

  // Profiles are the caller's own (any role); the console names no owner here ("" = mine).
  { file: OP, name: "createOAuthProfileAction", page: "/oauth-profiles", permission: "oauthProfile.own", kind: "oauthApp", targets: object, args: (t) => [{ name: hdpName("matrix"), oauthAppId: num(t), refreshToken: "matrix-refresh" }] },
  { file: OP, name: "connectOAuthProfileAction", page: "/oauth-profiles", permission: "oauthProfile.own", kind: "oauthApp", targets: object, args: (t) => [{ name: hdpName("matrix"), oauthAppId: num(t), description: "" }] },
  { file: OP, name: "reconnectOAuthProfileAction", page: "/oauth-profiles", permission: "oauthProfile.own", kind: "oauthProfile", targets: owned, args: (t) => [{ id: num(t) }] },
  { file: OP, name: "updateOAuthProfileAction", page: "/oauth-profiles", permission: "oauthProfile.own", kind: "oauthProfile", targets: owned, args: (t) => [{ id: num(t), owner: "", version, name: hdpName("changed"), oauthAppId: t.appId ?? 1, description: "changed" }] },
  { file: OP, name: "replaceOAuthProfileTokensAction", page: "/oauth-profiles", permission: "oauthProfile.own", kind: "oauthProfile", targets: owned, args: (t) => [{ id: num(t), owner: "", version, refreshToken: "matrix-replaced" }] },
  { file: OP, name: "refreshOAuthProfileAction", page: "/oauth-profiles", permission: "oauthProfile.own", kind: "oauthProfile", targets: owned, args: (t) => [{ id: num(t), owner: "" }] },
  { file: OP, name: "deleteOAuthProfileAction", page: "/oauth-profiles", permission: "oauthProfile.own", kind: "oauthProfile", targets: owned, args: (t) => [{ id: num(t), owner: "", version }] },
  { file: OP, name: "deleteOAuthProfilesAction", page: "/oauth-profiles", permission: "oauthProfile.own", kind: "oauthProfile", targets: owned, args: (t) => [{ items: [{ id: num(t), version, owner: "" }] }] },

  { file: C, name: "createConnectionAction", page: "/connections", permission: "connection.write", kind: "app", targets: object, args: (t) => [{ name: unique("matrix connection"), appId: t.id, authType: "apikey", data: { apiKey: "matrix-key" } }] },
  { file: C, name: "updateConnectionAction", page: "/connections", permission: "connection.write", kind: "connection", targets: object, args: (t) => [{ id: t.id, version, name: "changed", data: { apiKey: "matrix-key-2" } }] },
  { file: C, name: "deleteConnectionAction", page: "/connections", permission: "connection.write", kind: "connection", targets: object, args: (t) => [{ id: t.id, version }] },
  { file: C, name: "deleteConnectionsAction", page: "/connections", permission: "connection.write", kind: "connection", targets: object, args: (t) => [{ items: [{ id: t.id, version }] }] },
  { file: C, name: "testConnectionAction", page: "/connections", permission: "connection.write", kind: "connection", targets: object, args: (t) => [{ id: t.id }], unsupported: /^A apikey connection cannot be tested here$/ },

  { file: A, name: "saveAppAction", page: "/apps", permission: "app.write", targets: ["none"], args: () => [versoriAppBody()] },
  { file: A, name: "saveAppAction", page: "/apps", permission: "app.write", kind: "app", targets: object, args: (t) => [{ ...versoriAppBody(), id: t.id, version }] },
  { file: A, name: "deleteAppAction", page: "/apps", permission: "app.write", kind: "app", targets: object, args: (t) => [{ id: t.id, version }] },
  { file: A, name: "deleteAppsAction", page: "/apps", permission: "app.write", kind: "app", targets: object, args: (t) => [{ items: [{ id: t.id, version }] }] },
  { file: file("boards"), name: "deleteBoardsAction", page: "/boards", permission: "board.write", kind: "board", targets: object, args: (t) => [{ items: [{ id: t.id, version }] }] },

  { file: W, name: "createWorkloadAction", page: "/workloads", permission: "workload.create", targets: ["none"], args: () => [{ name: unique("matrix"), title: "", description: "" }] },
  { ...workload, name: "updateWorkloadAction", permission: "workload.update", args: (t) => [{ guid: t.id, version, values: { name: unique("changed"), title: "", description: "" } }] },
  { ...workload, name: "deleteWorkloadAction", permission: "workload.delete", args: (t) => [{ guid: t.id, version }] },
  { ...workload, name: "createSessionTokenAction", permission: "workload.sessionToken", args: (t) => [{ guid: t.id }] },
  { ...workload, kind: "workloadWithToken", name: "revokeSessionTokenAction", permission: "workload.sessionToken", args: (t) => [{ guid: t.id, tokenId: t.tokenId }] },
  { ...workload, name: "userSessionTokenAction", permission: "workload.read", args: (t) => [{ guid: t.id }] },
  { ...workload, name: "setWorkloadAssociationsAction", permission: "content.associate", args: (t) => [{ guid: t.id, integrationGuids: [] }] },
  { file: W, name: "searchIntegrationsForWorkloadAction", page: "/workloads", permission: "content.associate", targets: ["none"], args: () => [{ query: "a" }] },

  // Connected accounts: any role connects its own account to a Viewer integration and disconnects its own.
  { file: "lib/actions/oauth-sessions.ts", name: "connectAccountAction", page: "/connected-accounts", permission: "oauthSession.own", kind: "viewerIntegration", targets: object, args: (t) => [{ guid: t.id }] },
  { file: "lib/actions/oauth-sessions.ts", name: "disconnectAccountAction", page: "/connected-accounts", permission: "oauthSession.own", kind: "oauthSession", targets: owned, args: (t) => [{ guid: t.id }] },

  { file: file("api-keys"), name: "createApiKeyAction", page: "/api-keys", permission: "apiKey.own", targets: ["none"], args: () => [{ name: "matrix key" }] },
  { file: file("api-keys"), name: "revokeApiKeyAction", page: "/api-keys", permission: "apiKey.own", kind: "apiKey", targets: owned, args: (t) => [{ id: t.id }] },
];

/** Actions that guard nothing of their own, with why; printed by the proof. */
export const EXEMPT: Record<string, string> = {
  [`${file("session")}#loginAction`]: "the sign-in itself (its throttle and messages: test/integration/auth/sign-in.test.ts and e2e/platform.spec.ts)",
  [`${file("session")}#ssoSignInAction`]: "starts single sign-on: a redirect to the identity provider, with no actor yet (e2e/sso.spec.ts)",
  [`${file("session")}#signOutAction`]: "ends the caller's own session",
  [`${file("session")}#switchOrganizationAction`]: "sets a cookie only to an organisation the caller belongs to; every later read checks the membership again",
  [`${file("account")}#changePasswordAction`]: "the caller's own password, checked like a sign-in (its current password, throttled); test/integration/passwords and e2e/accounts.spec.ts",
  [`${file("account")}#answerInvitationAction`]: "needs the invitation's one-time link and the invited account's session: test/integration/invitations/takeover.test.ts and e2e/accounts.spec.ts",
  [`${file("account")}#acceptInvitationWithPasswordAction`]: "signed out by design: the one-time link of a new account's invitation is the authority (test/integration/invitations/takeover.test.ts)",
  [`${file("account")}#resetPasswordAction`]: "signed out by design: the one-time reset link is the authority, throttled like a sign-in (test/integration/passwords)",
  [`${C}#connectAction`]: "a form post that redirects to the provider; its service (initConnection, connection.write) is Versori's connection-init in the API matrix",
};

/** Who owns "another user's" object: a member of the caller's organisation other than the caller. */
export function anotherUser(caller: Principal): Principal {
  const who = principals();
  const member = who.memberOf[caller.org];
  return member.email === caller.email ? who.adminOf[caller.org] : member;
}

const userGuid = new Map<string, Promise<string>>();
/** A user's guid (Posit's GET v1/user with their own key). */
function guidOf(user: Principal): Promise<string> {
  let made = userGuid.get(user.email);
  if (!made) {
    made = send("GET", "/__api__/v1/user", { headers: { authorization: `Key ${user.key}` } }).then((r) => {
      if (r.status !== 200) throw new Error(`fixture: GET v1/user answered ${r.status} ${r.text}`);
      return (r.json as { guid: string }).guid;
    });
    userGuid.set(user.email, made);
  }
  return made;
}

async function positPost(path: string, org: OrgName, body: unknown): Promise<Record<string, unknown>> {
  const reply = await send("POST", path, { headers: { authorization: `Key ${principals().adminOf[org].key}` }, body });
  if (reply.status >= 300) throw new Error(`fixture: POST ${path} answered ${reply.status} ${reply.text}`);
  return reply.json as Record<string, unknown>;
}

/** A fresh object of `kind` in `owner`'s organisation (owned by `owner` where objects have owners). */
export async function makeTarget(kind: Kind, owner: Principal, provider: ProofsProvider): Promise<Made> {
  const org = owner.org;
  switch (kind) {
    case "integration":
      return { id: String((await positPost("/__api__/v1/oauth/integrations", org, integrationBody({ tokenUrl: provider.server.tokenUrl }, "action target"))).guid) };
    case "viewerIntegration":
      return { id: await createViewerIntegration(owner, provider) };
    case "oauthSession":
      return { id: await createOAuthSession(owner, provider) };
    case "group":
      return { id: String((await positPost("/__api__/v1/groups", org, { name: unique("matrix target") })).guid) };
    case "groupWithMember": {
      const group = String((await positPost("/__api__/v1/groups", org, { name: unique("matrix target") })).guid);
      const memberGuid = await guidOf(principals().memberOf[org]);
      await positPost(`/__api__/v1/groups/${group}/members`, org, { user_guid: memberGuid });
      return { id: group, memberGuid };
    }
    case "member": {
      const email = `${unique("matrix-member")}@example.com`;
      return { id: String((await positPost("/__api__/v1/users", org, { email, password: "proofs-matrix-password-1", user_role: "viewer" })).guid) };
    }
    case "invitation": {
      const email = `${unique("matrix-invited")}@example.com`;
      return { id: String((await positPost("/__api__/v1/users", org, { email, user_must_set_password: true, user_role: "viewer" })).guid) };
    }
    case "oauthApp":
      return { id: await createDialectObject("hdp", "oauthApp", owner, provider) };
    case "oauthProfile":
      return { id: await createDialectObject("hdp", "oauthProfile", owner, provider), appId: (await refsOf(org, provider)).hdpAppId };
    case "connection":
      return { id: await createDialectObject("versori", "connection", owner, provider) };
    case "app":
      return { id: await createDialectObject("versori", "app", owner, provider) };
    case "board":
      return { id: await createDialectObject("versori", "board", owner, provider) };
    case "workload":
    case "workloadWithToken": {
      // A viewer owns no workload: its "own" is its admin's (the viewer is refused by role anyway).
      const creator = owner.role === "viewer" ? principals().adminOf[org] : owner;
      const created = await send("POST", "/__api__/v1/content", { headers: { authorization: `Key ${creator.key}` }, body: { name: unique("matrix target") } });
      if (created.status !== 200) throw new Error(`fixture: POST v1/content as ${creator.name} answered ${created.status} ${created.text}`);
      const id = (created.json as { guid: string }).guid;
      if (kind === "workload") return { id };
      const token = consoleCli(["content", "token", "create", "--content", id, "--org", principals().slugs[org]]);
      const tokenId = await withDatabase(async (c) => (await c.query("SELECT id FROM content_session_tokens WHERE prefix = $1", [token.slice(0, 12)])).rows[0]?.id as string | undefined);
      if (!tokenId) throw new Error(`fixture: no content_session_tokens row for the token made for ${id}`);
      return { id, tokenId };
    }
    case "webhook":
    case "webhookWithDelivery": {
      const url = `http://127.0.0.1:9/${unique("matrix-target")}`;
      // An organisation holds at most 20 webhooks: the earlier cells' targets (and the webhooks the
      // allowed create cells made) go first. Cells run one after another, so none is in use.
      await withDatabase((c) => c.query("DELETE FROM webhooks WHERE url LIKE 'http://127.0.0.1:9/matrix%' AND organization_id = (SELECT id FROM organizations WHERE slug = $1)", [principals().slugs[org]]));
      consoleCli(["webhook", "create", "--org", principals().slugs[org], "--url", url, "--events", "integration.created"]);
      return withDatabase(async (c) => {
        const id = (await c.query("SELECT id::text FROM webhooks WHERE url = $1", [url])).rows[0]?.id as string | undefined;
        if (!id) throw new Error(`fixture: no webhooks row for ${url}`);
        if (kind === "webhook") return { id };
        // A delivery as a test event leaves one (the worker may attempt it meanwhile: Resend works either way).
        const event = (await c.query("INSERT INTO webhook_events (organization_id, type, payload) SELECT organization_id, 'webhook.test', '{}' FROM webhooks WHERE id = $1 RETURNING id", [id])).rows[0].id as string;
        const delivery = (await c.query("INSERT INTO webhook_deliveries (webhook_id, event_id, status) VALUES ($1, $2, 'failed') RETURNING id::text", [id, event])).rows[0].id as string;
        return { id, deliveryId: delivery };
      });
    }
    case "apiKey": {
      const key = consoleCli(["api-key", "create", "--user", owner.email, "--org", principals().slugs[org], "--name", "matrix target"]);
      const id = await withDatabase(async (c) => (await c.query("SELECT id FROM api_keys WHERE prefix = $1", [key.slice(0, 11)])).rows[0]?.id as string | undefined);
      if (!id) throw new Error(`fixture: no api_keys row for the key made for ${owner.email}`);
      return { id };
    }
  }
}

/** An id of the right shape that names nothing. */
export function missingTarget(kind: Kind): Made {
  if (kind === "oauthApp" || kind === "oauthProfile") return { id: String(2_000_000_000 + Math.floor(Math.random() * 100_000_000)), appId: 1 };
  if (kind === "groupWithMember") return { id: crypto.randomUUID(), memberGuid: crypto.randomUUID() };
  if (kind === "workloadWithToken") return { id: crypto.randomUUID(), tokenId: crypto.randomUUID() };
  if (kind === "webhookWithDelivery") return { id: crypto.randomUUID(), deliveryId: "1" };
  return { id: crypto.randomUUID() };
}
