// Posit Connect's content API over HTTP, driven the way posit-sdk drives it (Authorization: Key,
// JSON bodies, errors read by their `code`): content.create / find(owner_guid=…, name=…) / get /
// update / delete, and our user-session-token addition. Ownership as Connect's: a publisher reaches
// only their own workloads, an admin every one, a viewer none, another organisation nothing. A
// deleted workload's session tokens are gone with it; no token ever comes back in a later response,
// the server log or the audit table.
import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { E2E_SERVER_LOG } from "../../playwright.config";
import { consoleCli } from "../support/cli";
import { tableText, withDatabase } from "../support/database";
import { unique } from "../support/helpers";
import { as, expectPositError, otherOrganisation, UNKNOWN_GUID } from "../support/posit-client";
import { roleKeys } from "../support/roles";

test.describe.configure({ timeout: 120_000 });

type Content = {
  guid: string;
  name: string;
  title: string | null;
  description: string;
  owner_guid: string | null;
  created_time: string;
  last_deployed_time: null;
  bundle_id: null;
  app_mode: string;
  content_url: null;
  dashboard_url: string;
};
const CONTENT_KEYS = ["app_mode", "bundle_id", "content_url", "created_time", "dashboard_url", "description", "guid", "last_deployed_time", "name", "owner_guid", "title"];
const API = "/__api__/v1";

/** Every body received in this file, to look for tokens in. */
const received: string[] = [];
async function call(request: APIRequestContext, method: string, path: string, key: string | null, body?: unknown, headers: Record<string, string> = {}) {
  const response = await request.fetch(`${API}/${path}`, { method, headers: { ...(key && as(key)), ...headers }, ...(body !== undefined && { data: body }) });
  received.push(await response.text());
  return response;
}
async function json<T>(request: APIRequestContext, method: string, path: string, key: string, body?: unknown, headers?: Record<string, string>): Promise<T> {
  const response = await call(request, method, path, key, body, headers);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** A second publisher of the e2e organisation, with an API key (made once per worker). */
let second: { key: string; guid: string } | undefined;
async function secondPublisher(request: APIRequestContext) {
  if (second) return second;
  const email = `${unique("content-publisher")}@example.com`;
  consoleCli(["user", "create", "--email", email, "--role", "publisher", "--password", "content-publisher-password-1"]);
  const key = consoleCli(["api-key", "create", "--user", email, "--name", "content spec"]);
  const guid = (await json<{ guid: string }>(request, "GET", "user", key)).guid;
  return (second = { key, guid });
}

test("content.create / get / find(owner_guid, name) / update with If-Match / delete, as posit-sdk calls them; the object says what a workload is", async ({ request }) => {
  const { publisher, admin } = roleKeys();
  const me = await json<{ guid: string }>(request, "GET", "user", publisher);
  const name = unique("etl").toLowerCase();
  const created = await call(request, "POST", "content", publisher, { name, title: "Nightly ETL", description: "loads the warehouse", access_type: "acl" });
  expect(created.status()).toBe(200);
  const content = (await created.json()) as Content;
  expect(Object.keys(content).sort()).toEqual(CONTENT_KEYS);
  expect(content).toMatchObject({ name, title: "Nightly ETL", description: "loads the warehouse", owner_guid: me.guid, last_deployed_time: null, bundle_id: null, content_url: null, app_mode: "unknown" });
  expect(content.dashboard_url).toMatch(new RegExp(`/workloads/${content.guid}$`));
  expect(content.created_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  const etag = created.headers().etag;
  expect(etag).toBeTruthy();

  // client.content.get(guid): the owner and an admin.
  expect(await json<Content>(request, "GET", `content/${content.guid}`, publisher)).toEqual(content);
  expect(await json<Content>(request, "GET", `content/${content.guid.toUpperCase()}`, admin)).toEqual(content);

  // client.content.find(owner_guid=…, name=…): an unpaged array.
  expect(await json<Content[]>(request, "GET", `content?name=${name}`, publisher)).toEqual([content]);
  expect((await json<Content[]>(request, "GET", `content?owner_guid=${me.guid}`, admin)).map((c) => c.guid)).toContain(content.guid);
  expect(await json<Content[]>(request, "GET", `content?owner_guid=${UNKNOWN_GUID}`, admin)).toEqual([]);

  // content.update(): PATCH with the ETag; a stale one is 412 and changes nothing.
  const patched = await call(request, "PATCH", `content/${content.guid}`, publisher, { title: "Nightly ETL v2" }, { "if-match": etag });
  expect(patched.status()).toBe(200);
  expect(((await patched.json()) as Content).title).toBe("Nightly ETL v2");
  await expectPositError(await call(request, "PATCH", `content/${content.guid}`, publisher, { title: "stale" }, { "if-match": etag }), 412);
  await expectPositError(await call(request, "PATCH", `content/${content.guid}`, publisher, { name: "" }), 400, /name/);
  expect((await json<Content>(request, "GET", `content/${content.guid}`, publisher)).title).toBe("Nightly ETL v2");

  // content.delete(): 204, then 404 in Posit's body.
  expect((await call(request, "DELETE", `content/${content.guid}`, publisher)).status()).toBe(204);
  await expectPositError(await call(request, "GET", `content/${content.guid}`, publisher), 404);
  await expectPositError(await call(request, "DELETE", `content/${content.guid}`, publisher), 404);
});

test("ownership: another publisher's workload is 404, an admin's list holds it, a viewer 403, no key 401, another organisation 404", async ({ request }) => {
  const { publisher, admin, viewer } = roleKeys();
  const other = await secondPublisher(request);
  const theirs = await json<Content>(request, "POST", "content", other.key, { name: unique("theirs").toLowerCase() });
  for (const [method, body] of [["GET"], ["PATCH", { title: "mine now" }], ["DELETE"], ["POST", {}]] as const) {
    const path = method === "POST" ? `content/${theirs.guid}/user-session-token` : `content/${theirs.guid}`;
    await expectPositError(await call(request, method, path, publisher, body), 404);
  }
  await expectPositError(await call(request, "GET", `content/${theirs.guid}/oauth/integrations/associations`, publisher), 404);
  await expectPositError(await call(request, "PUT", `content/${theirs.guid}/oauth/integrations/associations`, publisher, []), 404);
  expect((await json<Content[]>(request, "GET", "content", publisher)).map((c) => c.guid)).not.toContain(theirs.guid);
  expect((await json<Content[]>(request, "GET", `content?owner_guid=${other.guid}`, publisher))).toEqual([]);
  expect((await json<Content[]>(request, "GET", `content?owner_guid=${other.guid}`, admin)).map((c) => c.guid)).toEqual([theirs.guid]);
  expect((await json<Content>(request, "GET", `content/${theirs.guid}`, admin)).owner_guid).toBe(other.guid);

  await expectPositError(await call(request, "GET", "content", viewer), 403);
  await expectPositError(await call(request, "POST", "content", viewer, { name: "nope" }), 403);
  await expectPositError(await call(request, "GET", `content/${theirs.guid}`, null), 401);
  const outsider = otherOrganisation();
  await expectPositError(await call(request, "GET", `content/${theirs.guid}`, outsider.key), 404);
  expect(await json<Content[]>(request, "GET", `content?owner_guid=${other.guid}`, outsider.key)).toEqual([]);
});

test("user-session-token: the caller's own by default, an admin may name a member, a publisher only themself; deleting a workload removes its session tokens; no token comes back later", async ({ request }) => {
  const { publisher, admin, viewer } = roleKeys();
  const viewerGuid = (await json<{ guid: string }>(request, "GET", "user", viewer)).guid;
  const content = await json<Content>(request, "POST", "content", publisher, { name: unique("app").toLowerCase() });

  const mine = await call(request, "POST", `content/${content.guid}/user-session-token`, publisher);
  expect(mine.status()).toBe(200);
  expect(mine.headers()["cache-control"]).toBe("no-store");
  const own = (await mine.json()) as { token: string; expires_in: number };
  expect(Object.keys(own).sort()).toEqual(["expires_in", "token"]);
  expect(own.expires_in).toBeGreaterThan(0);
  expect(own.expires_in).toBeLessThanOrEqual(3600);
  await expectPositError(await call(request, "POST", `content/${content.guid}/user-session-token`, publisher, { user_guid: viewerGuid }), 403);
  const forViewer = await json<{ token: string }>(request, "POST", `content/${content.guid}/user-session-token`, admin, { user_guid: viewerGuid });
  await expectPositError(await call(request, "POST", `content/${content.guid}/user-session-token`, admin, { user_guid: UNKNOWN_GUID }), 400);
  await expectPositError(await call(request, "POST", `content/${content.guid}/user-session-token`, viewer), 403);

  // A content session token from the CLI (only the token on stdout), then the workload deleted.
  const token = consoleCli(["content", "token", "create", "--content", content.guid]);
  expect(token).toMatch(/^cst_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
  const rows = () => withDatabase(async (c) => (await c.query("SELECT count(*)::int AS n FROM content_session_tokens WHERE content_id = $1", [content.guid])).rows[0].n as number);
  expect(await rows()).toBe(1);
  expect(await tableText("content_session_tokens")).not.toContain(token);
  expect((await call(request, "DELETE", `content/${content.guid}`, admin)).status()).toBe(204);
  expect(await rows()).toBe(0);

  // Canary: no token in any response, the server log or the audit table.
  const log = readFileSync(E2E_SERVER_LOG, "utf8");
  const audit = await tableText("audit_events");
  for (const secret of [token, own.token, forViewer.token]) {
    expect(received.filter((body) => body.includes(secret)).length, "responses holding the token").toBe(secret === token ? 0 : 1);
    expect(log).not.toContain(secret);
    expect(audit).not.toContain(secret);
  }
});
