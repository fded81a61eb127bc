// Posit Connect's groups API and integration `permissions` over HTTP, driven the way posit-sdk
// drives them (e2e/support/posit-client.ts): groups.create / find(prefix=…) / get / delete,
// group.members.add / find / delete, user.groups.add / find / delete, and
// integrations.create(permissions=[…]) with PATCH replacing the list. Another organisation's users
// and groups are refused exactly like unknown ones; lower roles get 403, no key 401.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { unique } from "../support/helpers";
import { expectNothingLeaked, expectPositError, newUserBody, otherOrganisation, PositClient, UNKNOWN_GUID, type PositGroup, type PositUser } from "../support/posit-client";
import { roleKeys } from "../support/roles";

test.describe.configure({ timeout: 120_000 });

const INTEGRATIONS = "v1/oauth/integrations";
type Permission = { id: string; guid: string; integration_guid: string; user_guid: string | null; group_guid: string | null };
type Integration = { guid: string; name: string; permissions: Permission[] };

const admin = (request: APIRequestContext) => new PositClient(request, roleKeys().admin);
const connectBody = (extra: Record<string, unknown> = {}) => ({ name: unique("Shared"), template: "connect", config: { max_role: "Viewer" }, ...extra });
/** The principals of a permission list, order-free: "user:<guid>" / "group:<guid>". */
const principals = (permissions: Permission[]) => permissions.map((p) => (p.user_guid ? `user:${p.user_guid}` : `group:${p.group_guid}`)).sort();

test("groups.create / find(prefix) over Posit's pages / get / delete; group.members.add / find (in the order added) / delete; user.groups.find", async ({ request }) => {
  const client = admin(request);
  const prefix = unique("grp").toLowerCase();
  const beta = await client.groups.create(`${prefix} beta`);
  const alpha = await client.groups.create(`${prefix} alpha`);
  await client.groups.create(unique("unrelated"));
  expect(beta).toEqual({ guid: expect.stringMatching(/^[0-9a-f-]{36}$/), name: `${prefix} beta`, owner_guid: null });

  // Case-insensitive prefix, ordered by name, one group a page: the pages say where they are.
  const paged = await client.findAll<PositGroup>("v1/groups", { prefix }, 1);
  expect(paged.pages.map((p) => [p.current_page, p.total])).toEqual([
    [1, 2],
    [2, 2],
  ]);
  expect(paged.results.map((g) => g.guid)).toEqual([alpha.guid, beta.guid]);
  expect(await client.groups.find({ prefix: prefix.toUpperCase() })).toEqual([alpha, beta]);
  expect(await client.groups.get(alpha.guid)).toEqual(alpha);

  const [ada, bob, cy] = [await client.users.create(newUserBody("gada")), await client.users.create(newUserBody("gbob")), await client.users.create(newUserBody("gcy"))];
  const members = client.groups.members(alpha.guid);
  await members.add(cy.guid);
  await members.add(ada.guid);
  await members.add(bob.guid);
  await members.add(ada.guid); // already a member: no change, no duplicate
  expect((await members.find()).map((u) => u.guid)).toEqual([cy.guid, ada.guid, bob.guid]);
  expect(await members.count()).toBe(3);
  // A member is Posit's user object, the same as users.get answers.
  expect((await members.find())[1]).toEqual(await client.users.get(ada.guid));
  const memberPages = await client.findAll<PositUser>(`v1/groups/${alpha.guid}/members`, {}, 2);
  expect(memberPages.pages.map((p) => p.results.map((u) => u.guid))).toEqual([[cy.guid, ada.guid], [bob.guid]]);

  // user.groups.add / find / delete (posit-sdk lists the groups and their members).
  await client.groups.members(beta.guid).add(ada.guid);
  expect((await client.users.groups(ada.guid)).map((g) => g.guid).sort()).toEqual([alpha.guid, beta.guid].sort());
  expect((await client.users.groups(bob.guid)).map((g) => g.guid)).toEqual([alpha.guid]);
  await client.groups.members(beta.guid).delete(ada.guid);
  expect((await client.users.groups(ada.guid)).map((g) => g.guid)).toEqual([alpha.guid]);

  await members.delete(ada.guid);
  expect((await members.find()).map((u) => u.guid)).toEqual([cy.guid, bob.guid]);
  await expectPositError(await client.call("delete", `v1/groups/${alpha.guid}/members/${ada.guid}`), 404);
  await expectPositError(await client.call("delete", `v1/groups/${alpha.guid}/members/not-a-guid`), 404);
  // Re-added, a member goes to the end.
  await members.add(ada.guid);
  expect((await members.find()).map((u) => u.guid)).toEqual([cy.guid, bob.guid, ada.guid]);

  await client.groups.delete(alpha.guid);
  await expectPositError(await client.call("get", `v1/groups/${alpha.guid}`), 404);
  await expectPositError(await client.call("get", `v1/groups/${alpha.guid}/members`), 404);
  await expectPositError(await client.call("delete", `v1/groups/${alpha.guid}`), 404);
  expect(await client.groups.find({ prefix })).toEqual([beta]);
  // The users are still there.
  expect((await client.users.get(ada.guid)).guid).toBe(ada.guid);
  expectNothingLeaked([]);
});

test("groups: bad input is a 4xx in Posit's error body and changes nothing; lower roles 403, no key 401", async ({ request }) => {
  const client = admin(request);
  const group = await client.groups.create(unique("gbad"));
  const user = await client.users.create(newUserBody("gbaduser"));
  const before = await client.groups.count();
  const cases: [unknown, number, RegExp][] = [
    [{}, 400, /name is required/],
    [{ name: "   " }, 400, /name is required/],
    [{ name: "x".repeat(101) }, 400, /at most 100/],
    [{ name: 42 }, 400, /name/],
    [{ name: unique("g"), colour: "red" }, 400, /colour/],
    [{ name: group.name }, 409, /./],
    [[{ name: "array" }], 400, /./],
  ];
  for (const [data, status, message] of cases) await expectPositError(await client.call("post", "v1/groups", { data }), status, message);
  await expectPositError(await client.call("post", "v1/groups", { data: Buffer.from("{"), headers: { "content-type": "application/json" } }), 400, /JSON/);
  expect(await client.groups.count()).toBe(before);

  const members = `v1/groups/${group.guid}/members`;
  await expectPositError(await client.call("post", members, { data: {} }), 400, /user_guid is required/);
  await expectPositError(await client.call("post", members, { data: { user_guid: "not-a-guid" } }), 400, /not-a-guid/);
  await expectPositError(await client.call("post", members, { data: { user_guid: UNKNOWN_GUID } }), 400, new RegExp(UNKNOWN_GUID));
  await expectPositError(await client.call("post", members, { data: { user_guid: user.guid, role: "owner" } }), 400, /role/);
  await expectPositError(await client.call("post", `v1/groups/${UNKNOWN_GUID}/members`, { data: { user_guid: user.guid } }), 404);
  await expectPositError(await client.call("get", "v1/groups/not-a-guid"), 404);
  expect(await client.groups.members(group.guid).count()).toBe(0);

  await client.groups.members(group.guid).add(user.guid);
  for (const key of [roleKeys().publisher, roleKeys().viewer]) {
    const lower = new PositClient(request, key);
    await expectPositError(await lower.call("get", "v1/groups"), 403);
    await expectPositError(await lower.call("get", `v1/groups/${group.guid}`), 403);
    await expectPositError(await lower.call("post", "v1/groups", { data: { name: unique("nope") } }), 403);
    await expectPositError(await lower.call("delete", `v1/groups/${group.guid}`), 403);
    await expectPositError(await lower.call("get", members), 403);
    await expectPositError(await lower.call("post", members, { data: { user_guid: user.guid } }), 403);
    await expectPositError(await lower.call("delete", `${members}/${user.guid}`), 403);
  }
  for (const [method, path] of [["get", "v1/groups"], ["post", "v1/groups"], ["get", `v1/groups/${group.guid}`], ["delete", `v1/groups/${group.guid}`], ["post", members], ["delete", `${members}/${user.guid}`]] as const) {
    await expectPositError(await request[method](`/__api__/${path}`, { data: method === "post" ? { name: "x", user_guid: user.guid } : undefined }), 401);
  }
  expect(await client.groups.count()).toBe(before);
  expect((await client.groups.members(group.guid).find()).map((u) => u.guid)).toEqual([user.guid]);
});

test("integrations.create(permissions=[{user_guid}, {group_guid}]) in Posit's shape; PATCH replaces the list, [] clears it; bad principals 400 naming them", async ({ request }) => {
  const client = admin(request);
  const user = await client.users.create(newUserBody("pall"));
  const group = await client.groups.create(unique("pgroup"));
  const created = await client.ok<Integration>("post", INTEGRATIONS, { data: connectBody({ permissions: [{ user_guid: user.guid }, { group_guid: group.guid }] }) });
  expect(principals(created.permissions)).toEqual([`group:${group.guid}`, `user:${user.guid}`].sort());
  for (const p of created.permissions) {
    expect(Object.keys(p).sort()).toEqual(["group_guid", "guid", "id", "integration_guid", "user_guid"]);
    expect(p).toMatchObject({ id: expect.any(String), guid: expect.stringMatching(/^[0-9a-f-]{36}$/), integration_guid: created.guid });
  }
  const url = `${INTEGRATIONS}/${created.guid}`;
  // Publishers read it as admins do; the list page carries it too.
  const asPublisher = await new PositClient(request, roleKeys().publisher).ok<Integration>("get", url);
  expect(asPublisher.permissions).toEqual(created.permissions);
  const listed = (await client.ok<Integration[]>("get", INTEGRATIONS)).find((i) => i.guid === created.guid);
  expect(listed?.permissions).toEqual(created.permissions);

  // PATCH with permissions replaces the list; without them it keeps it.
  const replaced = await client.ok<Integration>("patch", url, { data: { permissions: [{ group_guid: group.guid }] } });
  expect(principals(replaced.permissions)).toEqual([`group:${group.guid}`]);
  const renamed = await client.ok<Integration>("patch", url, { data: { name: `${created.name} renamed` } });
  expect(renamed.permissions).toEqual(replaced.permissions);
  // What GET answers may be sent back as it is (R's connectapi does): the same principals.
  const echoed = await client.ok<Integration>("patch", url, { data: { permissions: created.permissions } });
  expect(principals(echoed.permissions)).toEqual(principals(created.permissions));
  // The same principal twice is one entry.
  const twice = await client.ok<Integration>("patch", url, { data: { permissions: [{ user_guid: user.guid }, { user_guid: user.guid }, { group_guid: group.guid }] } });
  expect(principals(twice.permissions)).toEqual([`group:${group.guid}`, `user:${user.guid}`].sort());

  // Unknown principals, another organisation's, and malformed entries: 400 naming them, nothing changed.
  const other = new PositClient(request, otherOrganisation().key);
  const theirUser = await other.users.create(newUserBody("ptheirs"));
  const theirGroup = await other.groups.create(unique("ptheirgroup"));
  const refusals: [unknown, RegExp][] = [
    [[{ user_guid: UNKNOWN_GUID }], new RegExp(`unknown user guid ${UNKNOWN_GUID}`)],
    [[{ group_guid: UNKNOWN_GUID }], new RegExp(`unknown group guid ${UNKNOWN_GUID}`)],
    [[{ user_guid: "not-a-guid" }], /unknown user guid not-a-guid/],
    [[{ user_guid: user.guid }, { group_guid: theirGroup.guid }], new RegExp(`unknown group guid ${theirGroup.guid}`)],
    [[{ user_guid: theirUser.guid }], new RegExp(`unknown user guid ${theirUser.guid}`)],
    [[{ user_guid: user.guid, group_guid: group.guid }], /exactly one of user_guid or group_guid/],
    [[{}], /exactly one/],
    [[{ user_guid: user.guid, role: "owner" }], /role/],
    [{ user_guid: user.guid }, /permissions/],
    ["everyone", /permissions/],
  ];
  for (const [permissions, message] of refusals) {
    await expectPositError(await client.call("patch", url, { data: { permissions } }), 400, message);
    await expectPositError(await client.call("post", INTEGRATIONS, { data: connectBody({ permissions }) }), 400, message);
  }
  // Another organisation's user and group are answered exactly like unknown ones.
  const errorFor = async (permissions: unknown, guid: string) => (await expectPositError(await client.call("patch", url, { data: { permissions } }), 400)).error.replaceAll(guid, "GUID");
  expect(await errorFor([{ user_guid: theirUser.guid }], theirUser.guid)).toBe(await errorFor([{ user_guid: UNKNOWN_GUID }], UNKNOWN_GUID));
  expect(await errorFor([{ group_guid: theirGroup.guid }], theirGroup.guid)).toBe(await errorFor([{ group_guid: UNKNOWN_GUID }], UNKNOWN_GUID));
  await expectPositError(await new PositClient(request, roleKeys().publisher).call("patch", url, { data: { permissions: [] } }), 403);
  expect((await client.ok<Integration>("get", url)).permissions).toEqual(twice.permissions);

  // The group is the list's last entry once the user is gone: deleting it would widen the list to
  // everyone, so it is refused until the list changes.
  await client.ok<Integration>("patch", url, { data: { permissions: [{ group_guid: group.guid }] } });
  await expectPositError(await client.call("delete", `v1/groups/${group.guid}`), 409, /only entry/);
  const cleared = await client.ok<Integration>("patch", url, { data: { permissions: [] } });
  expect(cleared.permissions).toEqual([]);
  await client.groups.delete(group.guid);
  expect((await client.ok<Integration>("get", url)).permissions).toEqual([]);
});

test("permissions decide whose content may use an integration: a group member's may, anyone else's is refused", async ({ request }) => {
  const client = admin(request);
  const publisher = new PositClient(request, roleKeys().publisher);
  const me = await publisher.ok<{ guid: string }>("get", "v1/user");
  const group = await client.groups.create(unique("pusers"));
  const integration = await client.ok<Integration>("post", INTEGRATIONS, { data: connectBody({ permissions: [{ group_guid: group.guid }] }) });
  const content = await publisher.ok<{ guid: string }>("post", "v1/content", { data: { name: unique("report") } });
  const associations = `v1/content/${content.guid}/oauth/integrations/associations`;
  const associate = () => publisher.call("put", associations, { data: [{ oauth_integration_guid: integration.guid }] });

  await expectPositError(await associate(), 400, new RegExp(`may not use OAuth integration.*${integration.name}`));
  expect(await publisher.ok<unknown[]>("get", associations)).toEqual([]);
  await client.groups.members(group.guid).add(me.guid);
  expect((await associate()).status()).toBe(204);
  expect((await publisher.ok<{ oauth_integration_guid: string }[]>("get", associations)).map((a) => a.oauth_integration_guid)).toEqual([integration.guid]);
  // Named as a user instead of through the group: the same.
  await client.ok<Integration>("patch", `${INTEGRATIONS}/${integration.guid}`, { data: { permissions: [{ user_guid: me.guid }] } });
  expect((await associate()).status()).toBe(204);
});

test("another organisation's groups: 404 for every group call, exactly like a group that does not exist; its users are not members here", async ({ request }) => {
  const client = admin(request);
  const other = new PositClient(request, otherOrganisation().key);
  const theirs = await other.groups.create(unique("gtheirs"));
  const theirUser = await other.users.create(newUserBody("gtheiruser"));
  await other.groups.members(theirs.guid).add(theirUser.guid);
  const ours = await client.groups.create(unique("gours"));
  const ourUser = await client.users.create(newUserBody("gouruser"));
  expect(await client.groups.find({ prefix: theirs.name })).toEqual([]);

  const answers = async (guid: string) => {
    const out: string[] = [];
    for (const [method, path, data] of [
      ["get", `v1/groups/${guid}`, undefined],
      ["delete", `v1/groups/${guid}`, undefined],
      ["get", `v1/groups/${guid}/members`, undefined],
      ["post", `v1/groups/${guid}/members`, { user_guid: ourUser.guid }],
      ["delete", `v1/groups/${guid}/members/${theirUser.guid}`, undefined],
    ] as const) {
      const body = await expectPositError(await client.call(method, path, { data }), 404);
      out.push(`${method} ${path.replace(guid, "GUID")} ${body.error.replaceAll(guid, "GUID")}`);
    }
    return out;
  };
  expect(await answers(theirs.guid)).toEqual(await answers(UNKNOWN_GUID));
  // Their user cannot join our group, answered as an unknown user; ours cannot join theirs.
  const unknownUser = await expectPositError(await client.call("post", `v1/groups/${ours.guid}/members`, { data: { user_guid: UNKNOWN_GUID } }), 400);
  const theirUserHere = await expectPositError(await client.call("post", `v1/groups/${ours.guid}/members`, { data: { user_guid: theirUser.guid } }), 400);
  expect(theirUserHere.error.replaceAll(theirUser.guid, "GUID")).toBe(unknownUser.error.replaceAll(UNKNOWN_GUID, "GUID"));
  await expectPositError(await other.call("post", `v1/groups/${theirs.guid}/members`, { data: { user_guid: ourUser.guid } }), 400);
  await expectPositError(await other.call("get", `v1/groups/${ours.guid}`), 404);

  expect(await client.groups.members(ours.guid).find()).toEqual([]);
  expect((await other.groups.members(theirs.guid).find()).map((u) => u.guid)).toEqual([theirUser.guid]);
  expect(await other.groups.get(theirs.guid)).toEqual(theirs);
});
