// A small Posit Connect client over Playwright's request context that makes the calls posit-sdk
// (posit-dev/posit-sdk-py) makes: `users.create/find/get`, `user.update/lock/unlock`,
// `groups.create/find/get/delete`, `group.members.add/find/delete`, `user.groups.find` (all groups,
// then each group's members). Lists page the way its Paginator does: page_number from 1 with
// page_size 500 until `total` results were seen. Every response body is kept, so a test can
// assert that no password, hash or secret ever came back.
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { consoleCli } from "./cli";
import { unique } from "./helpers";

export type PositUser = {
  guid: string;
  email: string;
  username: string;
  first_name: string;
  last_name: string;
  user_role: "administrator" | "publisher" | "viewer";
  created_time: string;
  updated_time: string;
  active_time: string | null;
  confirmed: boolean;
  locked: boolean;
};
export type PositGroup = { guid: string; name: string; owner_guid: string | null };
export type PositPage<T> = { results: T[]; current_page: number; total: number };

/** Exactly the keys of Posit's user object: nothing else (no password, no hash) may come back. */
export const USER_KEYS = ["active_time", "confirmed", "created_time", "email", "first_name", "guid", "last_name", "locked", "updated_time", "user_role", "username"];

export const as = (key: string) => ({ Authorization: `Key ${key}` });
export const UNKNOWN_GUID = "00000000-0000-4000-8000-000000000000";

/** Every response body any client received in this worker. */
const received: string[] = [];

/** Asserts that no response so far held one of `values` or anything that looks like a password hash. */
export function expectNothingLeaked(values: string[]) {
  const all = received.join("\n");
  expect(all).not.toMatch(/\$argon2|password_?hash|passwordHash/i);
  for (const value of values) expect(all).not.toContain(value);
}

/** Posit's error body with the given status (and message), as posit-sdk's error hook reads it. */
export async function expectPositError(response: APIResponse, status: number, message?: RegExp) {
  const text = await response.text();
  received.push(text);
  expect(response.status(), text).toBe(status);
  const body = JSON.parse(text) as { code: number; error: string; payload: null };
  expect(body).toEqual({ code: expect.any(Number), error: expect.any(String), payload: null });
  if (message) expect(body.error).toMatch(message);
  return body;
}

export class PositClient {
  constructor(
    readonly request: APIRequestContext,
    readonly key: string,
  ) {}

  private headers(extra: Record<string, string> = {}) {
    return { ...as(this.key), ...extra };
  }

  /** A raw call; the body is recorded. */
  async call(method: "get" | "post" | "put" | "patch" | "delete", path: string, options: { data?: unknown; params?: Record<string, string | number>; headers?: Record<string, string> } = {}) {
    const response = await this.request[method](`/__api__/${path}`, { headers: this.headers(options.headers), data: options.data, params: options.params });
    received.push(await response.text());
    return response;
  }

  /** A call that must succeed with `status`; its JSON body (null for an empty one). */
  async ok<T>(method: "get" | "post" | "put" | "patch" | "delete", path: string, options: Parameters<PositClient["call"]>[2] & { status?: number } = {}): Promise<T> {
    const response = await this.call(method, path, options);
    const text = await response.text();
    expect(response.status(), `${method.toUpperCase()} ${path}: ${text}`).toBe(options.status ?? 200);
    return (text ? JSON.parse(text) : null) as T;
  }

  /** posit-sdk's Paginator: page after page (page_size 500 unless given) until `total` were seen. */
  async findAll<T>(path: string, params: Record<string, string> = {}, pageSize = 500): Promise<{ results: T[]; pages: PositPage<T>[] }> {
    const results: T[] = [];
    const pages: PositPage<T>[] = [];
    for (let page = 1; ; page++) {
      const body = await this.ok<PositPage<T>>("get", path, { params: { ...params, page_number: page, page_size: pageSize } });
      pages.push(body);
      results.push(...body.results);
      if (body.results.length === 0 || results.length >= body.total) return { results, pages };
    }
  }

  users = {
    create: (body: Record<string, unknown>) => this.ok<PositUser>("post", "v1/users", { data: body }),
    find: async (conditions: Record<string, string> = {}, pageSize?: number) => (await this.findAll<PositUser>("v1/users", conditions, pageSize)).results,
    get: (guid: string) => this.ok<PositUser>("get", `v1/users/${guid}`),
    count: async () => (await this.ok<PositPage<PositUser>>("get", "v1/users", { params: { page_size: 1 } })).total,
    /** posit-sdk's user.update is a PUT of the given attributes. */
    update: (guid: string, attributes: Record<string, unknown>) => this.ok<PositUser>("put", `v1/users/${guid}`, { data: attributes }),
    lock: (guid: string) => this.ok<unknown>("post", `v1/users/${guid}/lock`, { data: { locked: true } }),
    unlock: (guid: string) => this.ok<unknown>("post", `v1/users/${guid}/lock`, { data: { locked: false } }),
    /** posit-sdk's user.groups.find: every group, kept when the user is among its members. */
    groups: async (guid: string) => {
      const mine: PositGroup[] = [];
      for (const group of await this.groups.find()) {
        if ((await this.groups.members(group.guid).find()).some((m) => m.guid === guid)) mine.push(group);
      }
      return mine;
    },
  };

  groups = {
    create: (name: string) => this.ok<PositGroup>("post", "v1/groups", { data: { name } }),
    find: async (conditions: Record<string, string> = {}, pageSize?: number) => (await this.findAll<PositGroup>("v1/groups", conditions, pageSize)).results,
    get: (guid: string) => this.ok<PositGroup>("get", `v1/groups/${guid}`),
    delete: (guid: string) => this.ok<null>("delete", `v1/groups/${guid}`, { status: 204 }),
    count: async () => (await this.ok<PositPage<PositGroup>>("get", "v1/groups", { params: { page_size: 1 } })).total,
    members: (groupGuid: string) => ({
      add: (userGuid: string) => this.ok<null>("post", `v1/groups/${groupGuid}/members`, { data: { user_guid: userGuid }, status: 204 }),
      find: async () => (await this.findAll<PositUser>(`v1/groups/${groupGuid}/members`)).results,
      delete: (userGuid: string) => this.ok<null>("delete", `v1/groups/${groupGuid}/members/${userGuid}`, { status: 204 }),
      count: async () => (await this.ok<PositPage<PositUser>>("get", `v1/groups/${groupGuid}/members`, { params: { page_size: 1 } })).total,
    }),
  };
}

/** A new user's create body as posit-sdk sends it (unique username and email). */
export const newUserBody = (label: string, extra: Record<string, unknown> = {}) => {
  const username = unique(label).toLowerCase();
  return { username, email: `${username}@example.com`, password: `pw-${unique("secret")}`, first_name: "Test", last_name: label, user_role: "viewer", ...extra };
};

let other: { slug: string; key: string } | undefined;

/** An admin API key of a second organisation (made once per worker through the CLI). */
export function otherOrganisation(): { slug: string; key: string } {
  if (other) return other;
  const slug = unique("users-other").toLowerCase();
  consoleCli(["org", "create", "--slug", slug, "--name", "Users API other organisation"]);
  const email = `${unique("users-other-admin")}@example.com`;
  consoleCli(["user", "create", "--email", email, "--role", "admin", "--org", slug, "--password", "users-other-password-1"]);
  return (other = { slug, key: consoleCli(["api-key", "create", "--user", email, "--org", slug, "--name", "users other admin"]) });
}
