import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { apiKeyCache } from "@/lib/server/api-keys/api-key-cache";
import { hashApiKey } from "@/lib/server/api-keys/api-key-format";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { flushKeyUses } from "@/lib/server/api-keys/key-usage";
import { revokeApiKey } from "@/lib/server/api-keys/revoke-api-key";
import { authenticateRequest } from "@/lib/server/auth/authenticate-request";
import { db } from "@/lib/server/db/client";
import { setMemberDisabled } from "@/lib/server/users/update-member";
import { context, createTeam, TEST_PASSWORD } from "../../support/fixtures";

const headers = (authorization: string) => new Headers({ authorization });
const ALL = ["key", "bearer", "raw", "basic"] as const;

async function expectUnauthenticated(promise: Promise<unknown>) {
  await expect(promise).rejects.toSatisfy((e) => e instanceof AppError && e.status === 401);
}

/** After a write behind the services' back (as another instance makes), the cache follows within 1 s. */
async function eventually(authorization: string, expected: "accepted" | "refused") {
  const started = Date.now();
  for (;;) {
    const outcome = await authenticateRequest(headers(authorization), context(), ["key"]).then(() => "accepted", () => "refused");
    if (outcome === expected) return;
    expect(Date.now() - started, `still ${outcome}`).toBeLessThan(1_000);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe("API authentication", () => {
  it("accepts a key as Key, Bearer, raw and Basic, in the key's organisation with the live role", async () => {
    const { organization, publisher } = await createTeam();
    const { key } = await createApiKey(publisher, { name: "cli" }, context());
    for (const header of [`Key ${key}`, `Bearer ${key}`, key, `Basic ${Buffer.from(`${publisher.email}:${key}`).toString("base64")}`]) {
      const actor = await authenticateRequest(headers(header), context(), [...ALL]);
      expect(actor).toMatchObject({ userId: publisher.userId, organizationId: organization.id, role: "publisher", via: "api-key" });
    }
    await db.membership.update({ where: { userId_organizationId: { userId: publisher.userId, organizationId: organization.id } }, data: { role: "viewer" } });
    // The role is read through the per-instance key cache, which a trigger + NOTIFY invalidates
    // asynchronously: the change must show within one second, not necessarily on the next call.
    const started = Date.now();
    while ((await authenticateRequest(headers(`Key ${key}`), context(), ["key"])).role !== "viewer") {
      expect(Date.now() - started, "role change not seen within 1 s").toBeLessThan(1_000);
      await new Promise((r) => setTimeout(r, 10));
    }
  });

  it("accepts Basic with the account password", async () => {
    const { admin } = await createTeam();
    const basic = `Basic ${Buffer.from(`${admin.email}:${TEST_PASSWORD}`).toString("base64")}`;
    expect(await authenticateRequest(headers(basic), context(), ["basic"])).toMatchObject({ userId: admin.userId, via: "password" });
    await expectUnauthenticated(authenticateRequest(headers(`Basic ${Buffer.from(`${admin.email}:wrong-password`).toString("base64")}`), context(), ["basic"]));
  });

  it("holds the account limit for HTTP Basic under a burst: at most 10 of 100 parallel wrong passwords are checked", async () => {
    const { admin } = await createTeam();
    const guess = (i: number) => authenticateRequest(headers(`Basic ${Buffer.from(`${admin.email}:wrong-${i}`).toString("base64")}`), { requestId: `basic-burst-${i}`, ip: `10.7.${i}.1` }, ["basic"]);
    const outcomes = await Promise.allSettled(Array.from({ length: 100 }, (_, i) => guess(i)));
    const statuses = outcomes.map((o) => (o.status === "rejected" ? (o.reason as { status?: number }).status : 200));
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(10);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(90);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
    // The right password is refused too until the window passes.
    const right = `Basic ${Buffer.from(`${admin.email}:${TEST_PASSWORD}`).toString("base64")}`;
    await expect(authenticateRequest(headers(right), context(), ["basic"])).rejects.toMatchObject({ status: 429 });
  });

  it("refuses schemes a dialect does not accept, malformed, unknown, revoked and expired keys", async () => {
    const { admin } = await createTeam();
    const { key, apiKey } = await createApiKey(admin, { name: "k" }, context());
    await expectUnauthenticated(authenticateRequest(headers(`Bearer ${key}`), context(), ["key"]));
    await expectUnauthenticated(authenticateRequest(new Headers(), context(), ["key"]));
    await expectUnauthenticated(authenticateRequest(headers("Key nonsense"), context(), ["key"]));
    const tampered = key.slice(0, -1) + (key.endsWith("A") ? "B" : "A"); // always differs from the key
    await expectUnauthenticated(authenticateRequest(headers(`Key ${tampered}`), context(), ["key"]));
    const otherUser = `Basic ${Buffer.from(`someone-else@example.com:${key}`).toString("base64")}`;
    await expectUnauthenticated(authenticateRequest(headers(otherUser), context(), ["basic"]));

    await db.apiKey.update({ where: { id: apiKey.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await eventually(`Key ${key}`, "refused");
    await db.apiKey.update({ where: { id: apiKey.id }, data: { expiresAt: null } });
    await eventually(`Key ${key}`, "accepted");
    await revokeApiKey(admin, apiKey.id, context());
    await expectUnauthenticated(authenticateRequest(headers(`Key ${key}`), context(), ["key"]));
  });

  it("stops a disabled member's keys and records last use without storing the key", async () => {
    const { admin, publisher } = await createTeam();
    const { key, apiKey } = await createApiKey(publisher, { name: "k" }, context());
    await authenticateRequest(headers(`Key ${key}`), context(), ["key"]);
    await flushKeyUses();
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: apiKey.id } });
    expect(row.lastUsedAt).not.toBeNull();
    expect(JSON.stringify(row)).not.toContain(key);
    const member = await db.membership.findFirstOrThrow({ where: { userId: publisher.userId } });
    await setMemberDisabled(admin, publisher.userId, { disabled: true, version: member.version }, context());
    await expectUnauthenticated(authenticateRequest(headers(`Key ${key}`), context(), ["key"]));
  });

  it("never lets a user revoke another user's key", async () => {
    const { admin, publisher } = await createTeam();
    const { apiKey } = await createApiKey(publisher, { name: "k" }, context());
    await expect(revokeApiKey(admin, apiKey.id, context())).rejects.toMatchObject({ status: 404 });
    await expect(revokeApiKey(admin, "not-a-uuid", context())).rejects.toMatchObject({ status: 404 });
  });
});

describe("API-key lookup cache across instances", () => {
  it("drops a key revoked by any writer (another instance, SQL) within a second, by NOTIFY", async () => {
    const { publisher } = await createTeam();
    const { key, apiKey } = await createApiKey(publisher, { name: "cached" }, context());
    // Warm this process's cache (the LISTEN connection comes up on first use) and see it serve.
    for (let i = 0; i < 200 && !apiKeyCache().get(`hash:${hashApiKey(key)}`); i++) {
      await authenticateRequest(headers(`Key ${key}`), context(), ["key"]);
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(apiKeyCache().get(`hash:${hashApiKey(key)}`)).not.toBeNull();
    // Revoked behind this process's back, as another instance would: only the trigger tells us.
    await db.$executeRaw`UPDATE api_keys SET revoked_at = now() WHERE id = ${apiKey.id}::uuid`;
    await eventually(`Key ${key}`, "refused");
  });

  it("writes last-used times in one batch, not on the request path", async () => {
    const { publisher } = await createTeam();
    const keys = await Promise.all([1, 2, 3].map((n) => createApiKey(publisher, { name: `k${n}` }, context())));
    for (const { key } of keys) await authenticateRequest(headers(`Key ${key}`), context(), ["key"]);
    const ids = keys.map((k) => k.apiKey.id);
    expect((await db.apiKey.findMany({ where: { id: { in: ids } } })).every((k) => k.lastUsedAt === null)).toBe(true);
    await flushKeyUses();
    expect((await db.apiKey.findMany({ where: { id: { in: ids } } })).every((k) => k.lastUsedAt !== null)).toBe(true);
  });
});
