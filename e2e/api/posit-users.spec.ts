// Posit Connect's users API over HTTP against the running console, driven the way posit-sdk
// drives it (e2e/support/posit-client.ts): users.create / find(prefix=…) with Posit's paging / get,
// user.update with ETag and If-Match, user.lock() / unlock(); refusals by role, by organisation
// and for bad input, each in Posit's error body and changing nothing; never a password or a hash.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { consoleCli } from "../support/cli";
import { unique } from "../support/helpers";
import { as, expectNothingLeaked, expectPositError, newUserBody, otherOrganisation, PositClient, UNKNOWN_GUID, USER_KEYS, type PositPage, type PositUser } from "../support/posit-client";
import { roleKeys } from "../support/roles";

test.describe.configure({ timeout: 120_000 });

const admin = (request: APIRequestContext) => new PositClient(request, roleKeys().admin);
const basic = (name: string, secret: string) => ({ Authorization: `Basic ${Buffer.from(`${name}:${secret}`).toString("base64")}` });

test("users.create as Connect answers it (200, the user object), users.find(prefix=…) over Posit's pages, users.get", async ({ request }) => {
  const client = admin(request);
  const prefix = unique("ufind").toLowerCase();
  const bodies = ["c", "a", "b"].map((suffix, i) => ({ ...newUserBody("x"), username: `${prefix}-${suffix}`, email: `${prefix}-${suffix}@example.com`, first_name: `First${i}`, user_role: (["viewer", "publisher", "administrator"] as const)[i] }));
  const created: PositUser[] = [];
  for (const body of bodies) created.push(await client.users.create(body));
  for (const [i, user] of created.entries()) {
    expect(Object.keys(user).sort()).toEqual(USER_KEYS);
    expect(user).toMatchObject({ username: bodies[i].username, email: bodies[i].email, first_name: bodies[i].first_name, last_name: "x", user_role: bodies[i].user_role, locked: false, confirmed: true });
    expect(user.guid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(user.created_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
  }
  // Without a username one is derived from the email; without a role the user is a viewer.
  const derivedEmail = `${unique("Derived.Name")}@example.com`;
  const derived = await client.users.create({ email: derivedEmail, password: "a-long-enough-password" });
  expect(derived).toMatchObject({ email: derivedEmail.toLowerCase(), user_role: "viewer", username: expect.stringMatching(/^[a-z0-9._-]+$/) });

  // Posit's paging, one user a page: every page says which it is and the total over all pages.
  const paged = await client.findAll<PositUser>("v1/users", { prefix: prefix.toUpperCase() }, 1);
  expect(paged.pages.map((p) => [p.current_page, p.total, p.results.length])).toEqual([
    [1, 3, 1],
    [2, 3, 1],
    [3, 3, 1],
  ]);
  // Ordered by username; the whole list is what posit-sdk's find returns with its page size of 500.
  expect(paged.results.map((u) => u.username)).toEqual([`${prefix}-a`, `${prefix}-b`, `${prefix}-c`]);
  expect((await client.users.find({ prefix })).map((u) => u.guid)).toEqual(paged.results.map((u) => u.guid));
  const beyond = await client.ok<PositPage<PositUser>>("get", "v1/users", { params: { prefix, page_number: 9, page_size: 2 } });
  expect(beyond).toEqual({ results: [], current_page: 9, total: 3 });
  // The prefix matches first names and emails too; the role and status filters narrow it ("|" = or).
  expect((await client.users.find({ prefix: "first1" })).map((u) => u.guid)).toContain(created[1].guid);
  expect((await client.users.find({ prefix, user_role: "administrator|publisher" })).map((u) => u.username)).toEqual([`${prefix}-a`, `${prefix}-b`]);
  expect((await client.users.find({ prefix, account_status: "locked" })).length).toBe(0);
  expect((await client.users.find({ prefix, account_status: "licensed" })).length).toBe(3);

  for (const user of created) expect(await client.users.get(user.guid)).toEqual(user);
  const one = await client.call("get", `v1/users/${created[0].guid}`);
  expect(one.headers().etag).toMatch(/^"[^"]+"$/);
  // The user appears in the console's own "who am I" only for themself: GET v1/user is the caller.
  expect(await client.ok<{ email: string }>("get", "v1/user")).toMatchObject({ email: "e2e-admin@example.com" });
  expectNothingLeaked(bodies.map((b) => b.password));
});

test("user.update: PUT and PATCH change only what is given; ETag and If-Match, a stale write is 412 and changes nothing", async ({ request }) => {
  const client = admin(request);
  const body = newUserBody("uupd", { first_name: "Grace", last_name: "Hopper" });
  const user = await client.users.create(body);
  const first = await client.call("get", `v1/users/${user.guid}`);
  const etag = first.headers().etag;

  await new Promise((r) => setTimeout(r, 1100)); // updated_time has one-second resolution
  const patched = await client.call("patch", `v1/users/${user.guid}`, { data: { first_name: "Ada" }, headers: { "If-Match": etag } });
  expect(patched.status()).toBe(200);
  const afterPatch = (await patched.json()) as PositUser;
  expect(afterPatch).toMatchObject({ guid: user.guid, first_name: "Ada", last_name: "Hopper", email: body.email, username: body.username, user_role: "viewer", created_time: user.created_time });
  expect(afterPatch.updated_time > user.updated_time).toBe(true);
  const newEtag = patched.headers().etag;
  expect(newEtag).toBeTruthy();
  expect(newEtag).not.toBe(etag);

  // The same If-Match again is stale: 412, and nothing changed.
  await expectPositError(await client.call("put", `v1/users/${user.guid}`, { data: { first_name: "Stale" }, headers: { "If-Match": etag } }), 412);
  await expectPositError(await client.call("patch", `v1/users/${user.guid}`, { data: { user_role: "publisher" }, headers: { "If-Match": '"nonsense"' } }), 412);
  expect(await client.users.get(user.guid)).toEqual(afterPatch);

  // posit-sdk's user.update (a PUT, no If-Match): role, email, username; a null name is cleared.
  const newUsername = unique("renamed").toLowerCase();
  const updated = await client.users.update(user.guid, { user_role: "publisher", last_name: null, email: `${newUsername}@example.com`, username: newUsername });
  expect(updated).toMatchObject({ first_name: "Ada", last_name: "", user_role: "publisher", email: `${newUsername}@example.com`, username: newUsername });
  // Echoing unchanged values is no change.
  expect(await client.users.update(user.guid, { username: newUsername, first_name: "Ada" })).toEqual(updated);
  // The current ETag works.
  const current = (await client.call("get", `v1/users/${user.guid}`)).headers().etag;
  const withCurrent = await client.call("patch", `v1/users/${user.guid}`, { data: { first_name: "Augusta" }, headers: { "If-Match": current } });
  expect(withCurrent.status()).toBe(200);
  expectNothingLeaked([body.password]);
});

test("user.lock() / unlock(): a locked user's API key and password get 401, an unlocked one works again; account_status=locked finds it", async ({ request }) => {
  const client = admin(request);
  const body = newUserBody("ulock", { user_role: "publisher" });
  const user = await client.users.create(body);
  const key = consoleCli(["api-key", "create", "--user", body.email, "--name", "lock test"]);
  const asUser = new PositClient(request, key);
  const profiles = "/api/mgmt/oauthprofiles";
  expect(await asUser.ok<{ guid: string }>("get", "v1/user")).toMatchObject({ guid: user.guid, locked: false });
  expect((await request.get(profiles, { headers: basic(body.username, body.password) })).status()).toBe(200);

  expect(await client.users.lock(user.guid)).toEqual({});
  expect(await client.users.get(user.guid)).toMatchObject({ locked: true });
  await expectPositError(await asUser.call("get", "v1/user"), 401);
  await expectPositError(await asUser.call("get", "v1/oauth/integrations"), 401);
  expect((await request.get(profiles, { headers: basic(body.email, body.password) })).status()).toBe(401);
  expect((await client.users.find({ prefix: body.username, account_status: "locked" })).map((u) => u.guid)).toEqual([user.guid]);
  expect(await client.users.find({ prefix: body.username, account_status: "licensed" })).toEqual([]);
  // Locking twice is fine.
  expect(await client.users.lock(user.guid)).toEqual({});

  expect(await client.users.unlock(user.guid)).toEqual({});
  expect(await client.users.get(user.guid)).toMatchObject({ locked: false });
  expect(await asUser.ok<{ guid: string }>("get", "v1/user")).toMatchObject({ guid: user.guid });
  expect((await request.get(profiles, { headers: basic(body.username, body.password) })).status()).toBe(200);

  // Refusals: one's own account (409), a bad body, an unknown user, a lower role.
  const me = await client.ok<{ guid: string }>("get", "v1/user");
  await expectPositError(await client.call("post", `v1/users/${me.guid}/lock`, { data: { locked: true } }), 409, /own account/);
  for (const data of [{}, { locked: "yes" }, { locked: true, extra: 1 }]) await expectPositError(await client.call("post", `v1/users/${user.guid}/lock`, { data }), 400);
  await expectPositError(await client.call("post", `v1/users/${UNKNOWN_GUID}/lock`, { data: { locked: true } }), 404);
  await expectPositError(await client.call("post", `v1/users/not-a-guid/lock`, { data: { locked: true } }), 404);
  await expectPositError(await new PositClient(request, roleKeys().publisher).call("post", `v1/users/${user.guid}/lock`, { data: { locked: true } }), 403);
  expect(await client.users.get(user.guid)).toMatchObject({ locked: false });
  expectNothingLeaked([body.password]);
});

test("roles: publishers and viewers are refused every users call (403), no key is 401, and nothing changes", async ({ request }) => {
  const client = admin(request);
  const body = newUserBody("urole");
  const user = await client.users.create(body);
  const before = await client.users.count();
  for (const key of [roleKeys().publisher, roleKeys().viewer]) {
    const lower = new PositClient(request, key);
    await expectPositError(await lower.call("get", "v1/users"), 403);
    await expectPositError(await lower.call("get", `v1/users/${user.guid}`), 403);
    await expectPositError(await lower.call("post", "v1/users", { data: newUserBody("nope") }), 403);
    // The role first: a bad body from a publisher is still a 403.
    await expectPositError(await lower.call("post", "v1/users", { data: { email: "not an email" } }), 403);
    await expectPositError(await lower.call("put", `v1/users/${user.guid}`, { data: { user_role: "administrator" } }), 403);
    await expectPositError(await lower.call("patch", `v1/users/${user.guid}`, { data: { first_name: "Hijack" } }), 403);
    await expectPositError(await lower.call("post", `v1/users/${user.guid}/lock`, { data: { locked: true } }), 403);
    // Everyone may read themself.
    expect((await lower.call("get", "v1/user")).status()).toBe(200);
  }
  for (const [method, path] of [["get", "v1/users"], ["post", "v1/users"], ["get", `v1/users/${user.guid}`], ["patch", `v1/users/${user.guid}`], ["post", `v1/users/${user.guid}/lock`]] as const) {
    const response = await request[method](`/__api__/${path}`, { data: method === "get" ? undefined : { locked: true } });
    await expectPositError(response, 401);
    expect(response.headers()["www-authenticate"]).toMatch(/^Key /);
  }
  await expectPositError(await request.get("/__api__/v1/users", { headers: as("ic_AAAAAAAA_wrongwrongwrongwrongwrongwrongwrongwro") }), 401);
  expect(await client.users.count()).toBe(before);
  expect(await client.users.get(user.guid)).toEqual(user);
});

test("bad input: a clear 4xx in Posit's error body, nothing created or changed", async ({ request }) => {
  const client = admin(request);
  const existing = await client.users.create(newUserBody("ubad"));
  const before = await client.users.count();
  const cases: [Record<string, unknown>, number, RegExp][] = [
    [newUserBody("b", { email: "not-an-email" }), 400, /email/i],
    [newUserBody("b", { email: undefined }), 400, /email/i],
    [newUserBody("b", { password: "short" }), 400, /at least 12/],
    [newUserBody("b", { password: undefined }), 400, /password/i],
    [newUserBody("b", { favourite_colour: "blue" }), 400, /favourite_colour/],
    [newUserBody("b", { user_role: "owner" }), 400, /user_role/],
    [newUserBody("b", { user_role: "admin" }), 400, /user_role/],
    [newUserBody("b", { username: "has spaces" }), 400, /username/i],
    [newUserBody("b", { username: "x".repeat(65) }), 400, /username/i],
    [newUserBody("b", { first_name: "y".repeat(101) }), 400, /first_name/],
    [newUserBody("b", { user_must_set_password: true }), 400, /user_must_set_password|password/],
    [newUserBody("b", { user_must_set_password: false, password: undefined }), 400, /password/],
    [newUserBody("b", { email: existing.email }), 409, new RegExp(existing.email)],
    [newUserBody("b", { email: existing.email.toUpperCase() }), 409, /already belongs/],
    [newUserBody("b", { username: existing.username }), 409, new RegExp(existing.username)],
  ];
  for (const [data, status, message] of cases) await expectPositError(await client.call("post", "v1/users", { data: JSON.parse(JSON.stringify(data)) }), status, message);
  await expectPositError(await client.call("post", "v1/users", { data: Buffer.from("{not json"), headers: { "content-type": "application/json" } }), 400, /JSON/);
  await expectPositError(await client.call("post", "v1/users", { data: [newUserBody("arr")] }), 400);
  expect(await client.users.count()).toBe(before);

  const other = await client.users.create(newUserBody("ubad2"));
  const url = `v1/users/${existing.guid}`;
  const updates: [Record<string, unknown>, number, RegExp][] = [
    [{ email: "nope" }, 400, /email/i],
    [{ username: "Bad Name!" }, 400, /username/i],
    [{ user_role: "root" }, 400, /user_role/],
    [{ password: "a-new-long-password" }, 400, /password/],
    [{ guid: UNKNOWN_GUID }, 400, /guid/],
    [{ email: other.email }, 409, new RegExp(other.email)],
    [{ username: other.username }, 409, new RegExp(other.username)],
  ];
  for (const [data, status, message] of updates) {
    await expectPositError(await client.call("patch", url, { data }), status, message);
    await expectPositError(await client.call("put", url, { data }), status, message);
  }
  await expectPositError(await client.call("patch", url, { data: Buffer.from("[1,"), headers: { "content-type": "application/json" } }), 400, /JSON/);
  expect(await client.users.get(existing.guid)).toEqual(existing);
  await expectPositError(await client.call("get", `v1/users/${UNKNOWN_GUID}`), 404);
  await expectPositError(await client.call("get", "v1/users/not-a-guid"), 404);
  await expectPositError(await client.call("patch", `v1/users/${UNKNOWN_GUID}`, { data: { first_name: "x" } }), 404);
  // Filters that make no sense are ignored, never a 5xx.
  for (const params of <Record<string, string>[]>[{ page_number: "abc" }, { page_size: "100000" }, { page_number: "-1" }, { prefix: "x".repeat(500) }, { account_status: "nope" }, { user_role: "nope" }]) {
    expect((await client.call("get", "v1/users", { params })).status()).toBe(200);
  }
});

test("another organisation: its users are 404 here and ours are 404 there, exactly like a user that does not exist", async ({ request }) => {
  const client = admin(request);
  const otherAdmin = new PositClient(request, otherOrganisation().key);
  const theirs = await otherAdmin.users.create(newUserBody("uother"));
  const ours = await client.users.create(newUserBody("uours"));
  expect((await client.users.find({ prefix: theirs.username })).length).toBe(0);
  expect((await otherAdmin.users.find({ prefix: ours.username })).length).toBe(0);

  const answers = async (guid: string) => {
    const out: string[] = [];
    for (const [method, path, data] of [
      ["get", `v1/users/${guid}`, undefined],
      ["patch", `v1/users/${guid}`, { first_name: "Hijack" }],
      ["put", `v1/users/${guid}`, { user_role: "administrator" }],
      ["post", `v1/users/${guid}/lock`, { locked: true }],
    ] as const) {
      const response = await client.call(method, path, { data });
      const body = await expectPositError(response, 404);
      out.push(`${method} ${response.status()} ${body.error.replaceAll(guid, "GUID")}`);
    }
    return out;
  };
  expect(await answers(theirs.guid)).toEqual(await answers(UNKNOWN_GUID));
  await expectPositError(await otherAdmin.call("get", `v1/users/${ours.guid}`), 404);
  await expectPositError(await otherAdmin.call("post", `v1/users/${ours.guid}/lock`, { data: { locked: true } }), 404);
  // Nothing changed on either side.
  expect(await otherAdmin.users.get(theirs.guid)).toEqual(theirs);
  expect(await client.users.get(ours.guid)).toEqual(ours);
});

test("an email with an account in another organisation is invited, not attached: 201 with confirmed false and nothing of the account; its password is never applied", async ({ request }) => {
  const client = admin(request);
  const otherAdmin = new PositClient(request, otherOrganisation().key);
  const theirs = await otherAdmin.users.create(newUserBody("uinvited", { first_name: "Private", last_name: "Names" }));
  const before = await client.users.count();
  const response = await client.call("post", "v1/users", { data: newUserBody("uinvite", { email: theirs.email, username: undefined, password: "ours-would-be-password-1", user_role: "publisher" }) });
  expect(response.status()).toBe(201);
  const pending = (await response.json()) as PositUser;
  expect(Object.keys(pending).sort()).toEqual(USER_KEYS);
  expect(pending).toMatchObject({ guid: theirs.guid, email: theirs.email, username: "", first_name: "", last_name: "", user_role: "publisher", confirmed: false, locked: false });
  // Listed and found as pending; counted in the list's total.
  expect(await client.users.count()).toBe(before + 1);
  expect(await client.users.get(theirs.guid)).toMatchObject({ confirmed: false, username: "" });
  // Not a member: no role here, and the password given was never applied.
  const basicAuth = (password: string) => ({ Authorization: `Basic ${Buffer.from(`${theirs.email}:${password}`).toString("base64")}` });
  expect((await request.get("/api/mgmt/oauthapps", { headers: basicAuth("ours-would-be-password-1") })).status()).toBe(401);
  await expectPositError(await client.call("patch", `v1/users/${theirs.guid}`, { data: { user_role: "administrator" } }), 404);
  // The same answer for an email no one has, with user_must_set_password: an invitation too.
  const fresh = await client.call("post", "v1/users", { data: newUserBody("ufresh", { password: undefined, user_must_set_password: true }) });
  expect(fresh.status()).toBe(201);
  expect(await fresh.json()).toMatchObject({ confirmed: false, username: "" });
  expect(await otherAdmin.users.get(theirs.guid)).toEqual(theirs);
});
