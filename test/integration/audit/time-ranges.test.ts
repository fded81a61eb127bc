import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AUDIT_PAGE_SIZE, type AuditEventDto } from "@/lib/schemas/audit";
import { listAuditEvents } from "@/lib/server/audit/list-audit-events";
import { recordStandaloneAuditEvent } from "@/lib/server/audit/record-audit-event";
import type { Actor } from "@/lib/server/auth/actor";
import { context, createTeam } from "../../support/fixtures";

// A time range is listed through the window of ids it spans (lib/server/audit/audit-time-window.ts).
// Ids and times rise together only roughly (app instances' clocks differ), so these events are
// written with times out of id order, and every page must still hold exactly the events whose time
// is in the range, newest id first, as a plain filter over all events would give.

const realNow = Date.now.bind(Date);
afterEach(() => vi.restoreAllMocks());

/** Writes events whose recorded times are `base + offsets[i]` seconds, in that write order. */
async function writeAt(actor: Actor, base: number, offsets: number[], resourceId: string) {
  const clock = vi.spyOn(Date, "now");
  for (const [i, offset] of offsets.entries()) {
    clock.mockImplementation(() => base + offset * 1000);
    await recordStandaloneAuditEvent({ actor, organizationId: actor.organizationId, context: context(), action: `test.event${i}`, resourceType: "test", resourceId });
  }
  clock.mockImplementation(realNow);
}

async function allPages(actor: Actor, filters: Record<string, string>) {
  const pages = [await listAuditEvents(actor, filters, context())];
  while (pages.at(-1)!.olderCursor) pages.push(await listAuditEvents(actor, { ...filters, before: pages.at(-1)!.olderCursor! }, context()));
  return pages;
}

describe("audit log time ranges (id window)", () => {
  it("lists exactly the events in the range, newest id first, paging older and newer, with times out of id order", async () => {
    const { admin } = await createTeam();
    const resourceId = `window-${randomUUID()}`;
    const base = Date.UTC(2001, 0, 1);
    // 150 events, one a second, written in a shuffled time order (a fixed permutation).
    const offsets = Array.from({ length: 150 }, (_, i) => (i * 61) % 150);
    await writeAt(admin, base, offsets, resourceId);
    expect((await allPages(admin, { resourceId })).flatMap((p) => p.events)).toHaveLength(150);
    // Every event of this organisation (its team's set-up ones too, written now), by a plain walk.
    const all: AuditEventDto[] = (await allPages(admin, {})).flatMap((p) => p.events);

    const at = (s: number) => new Date(base + s * 1000).toISOString();
    for (const [from, to] of [
      [at(20), at(120)], // spans ids from nearly the first to the last event
      [at(20), undefined],
      [undefined, at(77)],
      [at(149), at(149)], // one event, inclusive on both ends
    ] as const) {
      const filters = { ...(from && { from }), ...(to && { to }) };
      const expected = all.filter((e) => (!from || e.createdAt >= from) && (!to || e.createdAt <= to)).map((e) => e.id);
      const pages = await allPages(admin, filters);
      expect(pages.flatMap((p) => p.events).map((e) => e.id)).toEqual(expected);
      expect(pages.every((p) => p.events.length <= AUDIT_PAGE_SIZE)).toBe(true);

      // Back from the oldest page to the newest by `after` cursors: the same pages.
      for (let i = pages.length - 1; i > 0; i--) {
        const newer = await listAuditEvents(admin, { ...filters, after: pages[i].newerCursor! }, context());
        expect(newer.events.map((e) => e.id)).toEqual(pages[i - 1].events.map((e) => e.id));
      }
      expect(pages[0].newerCursor).toBeNull();
    }
    expect((await allPages(admin, { from: at(20), to: at(120) })).length).toBeGreaterThan(1);
  });

  it("an empty range is an empty page with no cursors", async () => {
    const { admin } = await createTeam();
    const page = await listAuditEvents(admin, { from: "1999-01-01T00:00:00Z", to: "1999-01-02T00:00:00Z" }, context());
    expect(page).toEqual({ events: [], newerCursor: null, olderCursor: null });
  });
});
