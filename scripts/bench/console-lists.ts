// The console's lists timed on the server: the services the pages call, run in this process
// against the seeded database (median of 3 after a warm-up). Target: ≤ 100 ms each.
import type { Actor, RequestContext } from "../../lib/server/auth/actor";
import { record } from "./figures";

const TARGET = { atMost: 100 };

async function timed<T>(work: () => Promise<T>, runs = 3): Promise<number> {
  await work(); // warm (plans, pool)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/** Integrations: every sort at its first, middle and last page, each filter, searches. */
export async function benchIntegrationList(actor: Actor, ctx: RequestContext, rows: number): Promise<string> {
  const { searchIntegrations } = await import("../../lib/server/integrations/list-integrations");
  const q = { q: "", template: "", authType: "" as const, tag: "", sort: "name" as const, page: 1, cursor: "" };
  const first = await searchIntegrations(actor, q, ctx);
  const middle = Math.ceil(first.pageCount / 2);
  const at = `at ${rows}`;
  for (const sort of ["name", "-name", "updated", "-updated", "template", "-template", "authType", "-authType"] as const) {
    for (const [label, page] of [["first", 1], ["middle", middle], ["last", first.pageCount]] as const) {
      record(`console integrations ${at}: sort=${sort} ${label} page`, await timed(() => searchIntegrations(actor, { ...q, sort, page }, ctx)), "ms", TARGET);
    }
  }
  const next = await searchIntegrations(actor, { ...q, page: middle }, ctx);
  record(`console integrations ${at}: next page by cursor from the middle`, await timed(() => searchIntegrations(actor, { ...q, page: middle + 1, cursor: next.cursors.next ?? "" }, ctx)), "ms", TARGET);
  for (const [label, change] of [
    ["filter template=github", { template: "github" }],
    ["filter authType=Viewer, sort=-updated", { authType: "Viewer" as const, sort: "-updated" as const }],
    ["filter tag=none-has-it", { tag: "none-has-it" }],
    ["search q=number 4242", { q: "number 4242" }],
    ["search q=Integration (matches all)", { q: "Integration" }],
    ["search q=zzz (matches none)", { q: "zzz" }],
  ] as const) {
    const { pageCount } = await searchIntegrations(actor, { ...q, ...change }, ctx);
    for (const [where, page] of [["first", 1], ["last", pageCount]] as const) {
      record(`console integrations ${at}: ${label}, ${where} page`, await timed(() => searchIntegrations(actor, { ...q, ...change, page }, ctx)), "ms", TARGET);
    }
  }
  return (first.items[0] as { guid: string }).guid;
}

/** The audit log: newest page with each filter, and an older page by cursor. */
export async function benchAuditLog(actor: Actor, ctx: RequestContext, events: number): Promise<void> {
  const { listAuditEvents } = await import("../../lib/server/audit/list-audit-events");
  const newest = await listAuditEvents(actor, {}, ctx);
  const day = 86_400_000;
  for (const [label, filters] of [
    ["no filter", {}],
    ["actor contains user7@", { actor: "user7@" }],
    ["action apiKey.revoke", { action: "apiKey.revoke" }],
    ["action prefix user.*", { action: "user.*" }],
    ["resource type apiKey", { resourceType: "apiKey" }],
    ["resource id resource-4242", { resourceId: "resource-4242" }],
    ["outcome denied", { outcome: "denied" }],
    ["time range (one day, ten days ago)", { from: new Date(Date.now() - 10 * day).toISOString(), to: new Date(Date.now() - 9 * day).toISOString() }],
    ["older page (cursor)", { before: newest.olderCursor ?? undefined }],
    ["actor + outcome denied + older page", { actor: "user7@", outcome: "denied", before: newest.olderCursor ?? undefined }],
  ] as const) {
    record(`audit log at ${events}: ${label}`, await timed(() => listAuditEvents(actor, filters, ctx)), "ms", TARGET);
  }
}
