import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { AUDIT_PAGE_SIZE, parseAuditFilters } from "@/lib/schemas/audit";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor } from "@/lib/server/auth/actor";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { createUser } from "@/lib/server/users/create-user";
import { listMembers } from "@/lib/server/users/list-members";
import { changeMemberRole } from "@/lib/server/users/update-member";
import { context, createTeam } from "../../support/fixtures";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** An event with chosen fields, written the way services write them. */
const record = (actor: Actor, fields: { action: string; resourceType: string; resourceId?: string; outcome?: "success" | "denied" | "failure" }) =>
  recordStandaloneAuditEvent({ actor, organizationId: actor.organizationId, context: context(), ...fields });

describe("listAuditEvents", () => {
  it("filters by actor, action (exact and prefix), resource, outcome and time", async () => {
    const { admin, publisher } = await createTeam();
    const { member: created } = (await createUser(admin, { email: `audited-${randomUUID().slice(0, 8)}@example.com`, role: "viewer", password: "long-enough-password" }, context())) as { member: { userId: string } };
    const member = (await listMembers(admin, context())).find((m) => m.userId === created.userId)!;
    await changeMemberRole(admin, created.userId, { role: "publisher", version: member.version }, context());
    await createApiKey(publisher, { name: "ci" }, context());

    const list = (filters: Record<string, string>) => listAuditEvents(admin, filters, context()).then((page) => page.events);

    const forUser = await list({ resourceType: "user", resourceId: created.userId });
    expect(forUser.map((e) => e.action)).toEqual(["user.changeRole", "user.create"]);
    expect(forUser[0]).toMatchObject({ id: expect.stringMatching(/^\d+$/), actorLabel: admin.email, outcome: "success", requestId: expect.stringMatching(/^test-/) });
    expect(new Date(forUser[0].createdAt).toISOString()).toBe(forUser[0].createdAt);
    expect(forUser[0].before).toMatchObject({ role: "viewer" });
    expect(forUser[0].after).toMatchObject({ role: "publisher" });
    expect(JSON.stringify(forUser)).not.toContain("long-enough-password");

    expect((await list({ action: "user.create" })).every((e) => e.action === "user.create")).toBe(true);
    expect((await list({ action: "user.change" })).length).toBe(0); // exact unless it ends in * or .
    expect(new Set((await list({ action: "user.*" })).map((e) => e.action))).toEqual(new Set(["user.create", "user.changeRole"]));
    expect((await list({ action: "apiKey." })).map((e) => e.action)).toEqual(["apiKey.create"]);

    const byPublisher = await list({ actor: publisher.email.slice(0, 12).toUpperCase() });
    expect(byPublisher.map((e) => e.action)).toEqual(["apiKey.create"]);
    expect(byPublisher[0].actorId).toBe(publisher.userId);

    await record(admin, { action: "integration.verify", resourceType: "integration", resourceId: "i-1", outcome: "failure" });
    expect((await list({ outcome: "failure" })).map((e) => e.resourceId)).toEqual(["i-1"]);

    await sleep(20);
    const between = new Date().toISOString();
    await sleep(20);
    await record(admin, { action: "integration.verify", resourceType: "integration", resourceId: "i-2" });
    expect((await list({ resourceType: "integration", from: between })).map((e) => e.resourceId)).toEqual(["i-2"]);
    expect((await list({ resourceType: "integration", to: between })).map((e) => e.resourceId)).toEqual(["i-1"]);
  });

  it("never shows another organisation's events, whatever the filters", async () => {
    const ours = await createTeam();
    const theirs = await createTeam();
    const shared = `shared-${randomUUID()}`;
    await record(ours.admin, { action: "integration.update", resourceType: "integration", resourceId: shared });
    await record(theirs.admin, { action: "integration.update", resourceType: "integration", resourceId: shared });
    await record(theirs.admin, { action: "integration.delete", resourceType: "integration", resourceId: `theirs-${randomUUID()}` });

    const events = (await listAuditEvents(ours.admin, { resourceId: shared }, context())).events;
    expect(events).toHaveLength(1);
    expect(events[0].actorId).toBe(ours.admin.userId);

    const everything = (await listAuditEvents(ours.admin, {}, context())).events;
    expect(everything.length).toBeGreaterThan(0);
    const theirActors = new Set([theirs.admin.userId, theirs.publisher.userId, theirs.viewer.userId]);
    expect(everything.some((e) => e.actorId && theirActors.has(e.actorId))).toBe(false);
    expect((await listAuditEvents(ours.admin, { actor: theirs.admin.email }, context())).events).toEqual([]);
  });

  it("pages by keyset, 50 at a time, in both directions", async () => {
    const { admin } = await createTeam();
    const resourceId = `paged-${randomUUID()}`;
    for (let i = 0; i < AUDIT_PAGE_SIZE + 5; i++) await record(admin, { action: `test.step${i}`, resourceType: "test", resourceId });

    const first = await listAuditEvents(admin, { resourceId }, context());
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(first.events[0].action).toBe(`test.step${AUDIT_PAGE_SIZE + 4}`);
    expect(first.newerCursor).toBeNull();
    expect(first.olderCursor).toBe(first.events.at(-1)!.id);

    const second = await listAuditEvents(admin, { resourceId, before: first.olderCursor! }, context());
    expect(second.events.map((e) => e.action)).toEqual([4, 3, 2, 1, 0].map((i) => `test.step${i}`));
    expect(second.olderCursor).toBeNull();
    expect(second.newerCursor).toBe(second.events[0].id);

    const back = await listAuditEvents(admin, { resourceId, after: second.newerCursor! }, context());
    expect(back.events.map((e) => e.id)).toEqual(first.events.map((e) => e.id));
    expect(back).toMatchObject({ newerCursor: null, olderCursor: first.olderCursor });
  });

  it("ignores malformed filters instead of failing", async () => {
    const { admin } = await createTeam();
    const filters = parseAuditFilters({ outcome: "maybe", from: "yesterday", to: "2026-13-45", before: "12abc", after: "-1", actor: ["", "x"] });
    expect(filters).toEqual({});
    const page = await listAuditEvents(admin, { outcome: 7, before: "DROP TABLE", from: {} }, context());
    expect(page.events.length).toBeGreaterThan(0);
  });

  it("refuses a publisher with forbidden, and audits the refusal", async () => {
    const { admin, publisher } = await createTeam();
    const ctx = context();
    const error = await listAuditEvents(publisher, {}, ctx).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "forbidden", status: 403 });

    const denial = (await listAuditEvents(admin, { outcome: "denied", action: "audit.read" }, context())).events;
    expect(denial).toHaveLength(1);
    expect(denial[0]).toMatchObject({ actorId: publisher.userId, actorLabel: publisher.email, resourceType: "audit", requestId: ctx.requestId, outcome: "denied" });
    expect(denial[0].detail).toContain("publisher");
  });
});
