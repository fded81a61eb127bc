// Proof 1, second door — the console's server actions, invoked over HTTP exactly as its forms invoke
// them (Next-Action id from the build's manifest, the role's session cookie): every action
// (e2e/support/proofs/console-actions.ts) × {admin, publisher, viewer, admin of another
// organisation, no session} × {own object, another user's where objects have owners, another
// organisation's, missing}. A refusal changes nothing; a role refusal is audited. Actions the
// build has that the table neither describes nor exempts fail the proof, so a new one is noticed.
// A second test sends every action malformed input: each answers its form's `{ error, fieldErrors }`,
// never an exception that would reach the error boundary.
import { expect, test, type Browser } from "@playwright/test";
import { E2E_ADMIN } from "../../playwright.config";
import { withDatabase } from "../support/database";
import { signIn } from "../support/helpers";
import { ACTIONS, anotherUser, EXEMPT, makeTarget, missingTarget, type Made } from "../support/proofs/console-actions";
import { startProofsProvider, type ProofsProvider } from "../support/proofs/fixtures";
import { principals, type Principal } from "../support/proofs/principals";
import { actionId, actionResultFrom, postServerAction, serverActions } from "../support/proofs/server-actions";
import { deniedSince, fingerprint, lastAuditId } from "../support/proofs/state";
import { roleKeys } from "../support/roles";
import { PERMISSIONS } from "../../lib/permissions";

let provider: ProofsProvider;
test.beforeAll(async () => {
  provider = await startProofsProvider();
});
test.afterAll(async () => {
  await provider?.server.stop();
  // The webhooks the cells made count against their organisations' cap of 20, which the UI specs
  // (same admin, same organisation) need room under.
  await withDatabase((c) => c.query("DELETE FROM webhooks WHERE url LIKE 'http://127.0.0.1:9/matrix%'"));
});

async function sessionCookie(browser: Browser, email: string, password: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  // What the proof needs is the session cookie. Waiting for the sidebar in the accessibility tree
  // failed once in CI with the user menu open (a modal menu hides the rest of the page from it).
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
  await expect.poll(async () => (await context.cookies()).some((c) => /session-token/.test(c.name))).toBe(true);
  const cookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await context.close();
  return cookie;
}

// A refusal of an object the caller may not see says "not found" in each domain's words.
const NOT_FOUND = /not found|invalid oauth(application|profile)id|no such|does not exist/i;

test("server actions × roles × targets: refusals change nothing and are audited, 0 unexpected cells", async ({ browser }) => {
  test.setTimeout(1_200_000);
  const started = Date.now();
  const who = principals();
  const keys = roleKeys();
  const [admin, publisher, viewer] = who.all;
  const callers: { who: Principal; cookie: string }[] = [
    { who: admin, cookie: await sessionCookie(browser, E2E_ADMIN.email, E2E_ADMIN.password) },
    { who: publisher, cookie: await sessionCookie(browser, keys.publisherEmail, keys.password) },
    { who: viewer, cookie: await sessionCookie(browser, keys.viewerEmail, keys.password) },
    { who: who.adminOf.other, cookie: await sessionCookie(browser, who.adminOf.other.email, "proofs-other-password-1") },
    { who: { name: "no session", role: null, org: "home", email: "", key: null }, cookie: "" },
  ];

  const unexpected: string[] = [];
  let cells = 0;
  for (const action of ACTIONS) {
    const id = actionId(action.file, action.name);
    const allowed: readonly string[] = PERMISSIONS[action.permission as keyof typeof PERMISSIONS];
    if (!allowed) throw new Error(`${action.name}: no permission ${action.permission} in lib/permissions.ts`);
    for (const { who: caller, cookie } of callers) {
      for (const target of action.targets) {
        if (target === "another user's" && caller.role === null) continue; // no session owns nothing
        cells++;
        const where = `${action.name} · ${caller.name} · ${target}`;
        const owner = caller.role === null ? admin : caller;
        const kind = action.kind;
        let made: Made = { id: "" };
        if (kind) {
          if (target === "missing") made = missingTarget(kind);
          else if (target === "own") made = await makeTarget(kind, owner, provider);
          else if (target === "another user's") made = await makeTarget(kind, anotherUser(owner), provider);
          else made = await makeTarget(kind, who.adminOf[owner.org === "home" ? "other" : "home"], provider);
        }
        const permitted = caller.role !== null && allowed.includes(caller.role);
        // An admin reaches another member's workload (reachAll); anyone else gets "not found".
        const reaches = target === "another user's" && action.reachAll !== undefined && caller.role !== null && (PERMISSIONS[action.reachAll as keyof typeof PERMISSIONS] as readonly string[]).includes(caller.role);
        const refused = !permitted || (target !== "own" && target !== "none" && !reaches);
        const before = refused ? await fingerprint() : undefined;
        const auditBefore = await lastAuditId();
        const reply = await postServerAction(id, action.page, await action.args(made, provider, owner), cookie);
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
          const got = result?.ok || (outcome === "ok" && action.unsupported?.test(result?.error ?? "")) ? "ok" : /permission/i.test(result?.error ?? "") ? "permission" : NOT_FOUND.test(result?.error ?? "") ? "not found" : `error ${result?.error}`;
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
  const described = new Set([...ACTIONS.map((a) => `${a.file}#${a.name}`), ...Object.keys(EXEMPT)]);
  const undescribed = serverActions().filter((a) => !described.has(`${a.file}#${a.name}`));
  const actions = new Set(ACTIONS.map((a) => a.name)).size;
  console.log(
    `[proofs] server-action matrix: ${cells} cells (${actions} actions × ${callers.length} callers × targets), ${unexpected.length} unexpected (${((Date.now() - started) / 1000).toFixed(1)} s); exempt: ${Object.entries(EXEMPT)
      .map(([a, why]) => `${a.split("#")[1]} (${why})`)
      .join("; ")}`,
  );
  expect(unexpected).toEqual([]);
  expect(undescribed.map((a) => `${a.file}#${a.name}`), "server actions the proof neither describes nor exempts").toEqual([]);
});

// Malformed input as a hand-made request could send it: no argument, null, a bare string, and an
// object whose every usual key has the wrong type (`id` neither a text nor a numeric id). Before
// every action went through one wrapper, the actions that parsed an id with a bare zod `.parse`
// (OAuth apps and profiles) threw a ZodError here — not an AppError — and the caller got a 500
// and the error boundary.
const MALFORMED: unknown[][] = [[], [null], ["junk"], [{ id: true, guid: 12, userGuid: 12, groupGuid: 12, version: -1, owner: 5, query: 5, items: "all", slug: 5 }]];

test("every console action answers malformed input with field errors, never the error boundary", async ({ browser }) => {
  const cookie = await sessionCookie(browser, E2E_ADMIN.email, E2E_ADMIN.password);
  const seen = new Set<string>();
  const unexpected: string[] = [];
  for (const action of ACTIONS) {
    if (seen.has(action.name)) continue;
    seen.add(action.name);
    const id = actionId(action.file, action.name);
    for (const args of MALFORMED) {
      const reply = await postServerAction(id, action.page, args, cookie);
      const where = `${action.name}(${JSON.stringify(args).slice(1, -1)})`;
      let result: { ok?: true; error?: unknown; fieldErrors?: unknown } | undefined;
      try {
        result = actionResultFrom(reply.text) as typeof result;
      } catch {
        unexpected.push(`${where}: ${reply.status} ${reply.text.slice(0, 200)}`);
        continue;
      }
      if (reply.status !== 200 || result?.ok || typeof result?.error !== "string" || typeof result.fieldErrors !== "object" || result.fieldErrors === null) {
        unexpected.push(`${where}: ${reply.status} ${JSON.stringify(result).slice(0, 200)}`);
      }
    }
  }
  console.log(`[proofs] server-action malformed input: ${seen.size} actions × ${MALFORMED.length} inputs, ${unexpected.length} unexpected`);
  expect(unexpected).toEqual([]);
});
