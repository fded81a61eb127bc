// Proof 1, second door — the console's server actions, invoked over HTTP exactly as its forms invoke
// them (Next-Action id from the build's manifest, the role's session cookie): every action below ×
// {admin, publisher, viewer, admin of another organisation, no session} × {own object, another
// organisation's, missing}. A refusal changes nothing; a role refusal is audited. Actions the
// build has that this table does not describe are listed, so a new one is noticed.
import { expect, test, type Browser } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { startOAuthServer, type TestOAuthServer } from "../../test/support/oauth-server";
import { signIn, unique } from "../support/helpers";
import { send } from "../support/proofs/http";
import { principals } from "../support/proofs/principals";
import { integrationBody, type Context } from "../support/proofs/requests";
import { actionId, actionResultFrom, postServerAction, serverActions } from "../support/proofs/server-actions";
import { deniedSince, fingerprint, lastAuditId } from "../support/proofs/state";
import { roleKeys } from "../support/roles";

type Target = "own" | "another organisation's" | "missing" | "none";
type ActionSpec = { file: string; name: string; page: (guid: string) => string; permission: string; targets: Target[]; args: (guid: string, ctx: Context) => unknown };

const INTEGRATIONS = "app/(console)/integrations/actions.ts";
const object: Target[] = ["own", "another organisation's", "missing"];
const ACTIONS: ActionSpec[] = [
  { file: INTEGRATIONS, name: "createIntegrationAction", page: () => "/integrations/new", permission: "integration.create", targets: ["none"], args: (_, ctx) => integrationBody(ctx, "action matrix") },
  { file: INTEGRATIONS, name: "updateIntegrationAction", page: (g) => `/integrations/${g}/edit`, permission: "integration.update", targets: object, args: (guid) => ({ guid, version: 1, name: "changed", description: "changed", config: {} }) },
  // The edit form replaces secrets through updateIntegrationAction; the list's bulk delete takes rows.
  { file: INTEGRATIONS, name: "deleteIntegrationsAction", page: () => "/integrations", permission: "integration.delete", targets: object, args: (guid) => [{ guid, version: 1 }] },
  { file: INTEGRATIONS, name: "deleteIntegrationAction", page: (g) => `/integrations/${g}`, permission: "integration.delete", targets: object, args: (guid) => ({ guid, version: 1 }) },
  { file: INTEGRATIONS, name: "verifyIntegrationAction", page: (g) => `/integrations/${g}`, permission: "integration.verify", targets: object, args: (guid) => ({ guid }) },
  { file: "app/(console)/users/actions.ts", name: "createUserAction", page: () => "/users", permission: "user.manage", targets: ["none"], args: () => ({ email: `${unique("matrix")}@example.com`, role: "viewer", password: "proofs-matrix-password-1" }) },
];
const ROLES = { admin: ["admin"], publisher: ["admin", "publisher"], viewer: ["admin", "publisher", "viewer"] } as const;
const PERMITTED: Record<string, readonly string[]> = { "integration.create": ROLES.admin, "integration.update": ROLES.admin, "integration.delete": ROLES.admin, "integration.verify": ROLES.admin, "user.manage": ROLES.admin };

let oauth: TestOAuthServer;
test.beforeAll(async () => {
  oauth = await startOAuthServer({ clients: [{ client_id: "proofs-client", client_secret: "proofs-client-secret-1" }] });
});
test.afterAll(async () => oauth?.stop());

async function sessionCookie(browser: Browser, email: string, password: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page.getByRole("navigation", { name: "Main" }).first()).toBeVisible();
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await context.close();
  return cookie;
}

test("server actions × roles × targets: refusals change nothing and are audited, 0 unexpected cells", async ({ browser }) => {
  test.setTimeout(600_000);
  const started = Date.now();
  const who = principals();
  const keys = roleKeys();
  const ctx: Context = { tokenUrl: oauth.tokenUrl };
  const callers = [
    { name: "admin", role: "admin", org: "home", email: E2E_ADMIN.email, cookie: await sessionCookie(browser, E2E_ADMIN.email, E2E_ADMIN.password) },
    { name: "publisher", role: "publisher", org: "home", email: keys.publisherEmail, cookie: await sessionCookie(browser, keys.publisherEmail, keys.password) },
    { name: "viewer", role: "viewer", org: "home", email: keys.viewerEmail, cookie: await sessionCookie(browser, keys.viewerEmail, keys.password) },
    { name: "admin of another organisation", role: "admin", org: "other", email: who.adminOf.other.email, cookie: await sessionCookie(browser, who.adminOf.other.email, "proofs-other-password-1") },
    { name: "no session", role: null, org: "home", email: "", cookie: "" },
  ] as const;
  const createIn = async (org: "home" | "other") => {
    const created = await send("POST", "/__api__/v1/oauth/integrations", { headers: { authorization: `Key ${who.adminOf[org].key}` }, body: integrationBody(ctx, "action target") });
    if (created.status !== 200) throw new Error(`fixture: ${created.status} ${created.text}`);
    return (created.json as { guid: string }).guid;
  };

  const unexpected: string[] = [];
  let cells = 0;
  for (const action of ACTIONS) {
    const id = actionId(action.file, action.name);
    for (const caller of callers) {
      for (const target of action.targets) {
        cells++;
        const where = `${action.name} · ${caller.name} · ${target}`;
        const guid = target === "missing" ? crypto.randomUUID() : target === "none" ? "" : await createIn(target === "own" ? (caller.org as "home" | "other") : caller.org === "home" ? "other" : "home");
        const permitted = caller.role !== null && PERMITTED[action.permission].includes(caller.role);
        const refused = !permitted || target === "missing" || target === "another organisation's";
        const before = refused ? await fingerprint() : undefined;
        const auditBefore = await lastAuditId();
        const reply = await postServerAction(id, action.page(guid || crypto.randomUUID()), [action.args(guid, ctx)], caller.cookie);
        if (caller.role === null) {
          // No session: the console's layout and requireActor send it to sign-in; the action must
          // not have run (nothing changed, checked below) nor answered a result.
          if (/^1:\{"ok":true/m.test(reply.text) || reply.status >= 500) unexpected.push(`${where}: expected no action result, got ${reply.status} ${reply.text.slice(0, 200)}`);
        } else {
          let result: { ok?: true; error?: string } | undefined;
          try {
            result = actionResultFrom(reply.text) as typeof result;
          } catch {
            unexpected.push(`${where}: ${reply.status} ${reply.text.slice(0, 200)}`);
            continue;
          }
          const outcome = !permitted ? "permission" : refused ? "not found" : "ok";
          const got = result?.ok ? "ok" : /permission/i.test(result?.error ?? "") ? "permission" : /not found/i.test(result?.error ?? "") ? "not found" : `error ${result?.error}`;
          if (got !== outcome) unexpected.push(`${where}: expected ${outcome}, got ${JSON.stringify(result)}`);
          if (!permitted && (await deniedSince(auditBefore, caller.email, action.permission)) !== 1) unexpected.push(`${where}: refused without a denied audit event`);
        }
        if (refused) {
          const after = await fingerprint();
          const changed = Object.keys(after).filter((t) => after[t] !== before![t]);
          if (changed.length) unexpected.push(`${where}: refused but changed ${changed.join(", ")}`);
        }
      }
    }
  }
  const described = new Set(ACTIONS.map((a) => `${a.file}#${a.name}`));
  const others = serverActions().filter((a) => !described.has(`${a.file}#${a.name}`));
  console.log(`[proofs] server-action matrix: ${cells} cells (${ACTIONS.length} actions × ${callers.length} callers × targets), ${unexpected.length} unexpected (${((Date.now() - started) / 1000).toFixed(1)} s); not in the table: ${others.map((a) => a.name).join(", ")}`);
  expect(unexpected).toEqual([]);
});
