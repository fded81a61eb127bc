// Proof 2 — fuzzing every documented operation of every dialect with fast-check: bodies derived
// from the request schemas (wrong types, missing keys, unknown keys), arbitrary JSON, huge and
// unicode strings, malformed JSON, bad content types, odd path and query parameters and If-Match
// values, mostly as admin (to get past the permission gate) and as every other caller. At least
// 10,000 requests per run: no response ≥ 500, every error in the dialect's documented error format,
// every 2xx documented and its body valid against the document, and the canary secret planted in
// the bodies never comes back (nor reaches the server log, the audit log, a webhook event's body —
// as a real receiver subscribed to every event gets it — or a webhook's delivery log).
import { readFileSync, writeFileSync } from "node:fs";
import http from "node:http";
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { env } from "../../lib/env";
import { E2E_SERVER_LOG } from "../../playwright.config";
import { consoleCli } from "../support/cli";
import { tableText, withDatabase } from "../support/database";
import { unique } from "../support/helpers";
import { WEBHOOK_EVENTS } from "../../lib/schemas/webhooks";
import { DocumentValidator, loadDialects, NOT_YET_FUZZED, type Operation } from "../support/proofs/documents";
import { refsOf, startProofsProvider, type ProofsProvider } from "../support/proofs/fixtures";
import { freshen, plantCanary, requestsFor, withFreshTokens } from "../support/proofs/fuzz";
import { send, type Reply } from "../support/proofs/http";
import { credentials, principals, type Principal } from "../support/proofs/principals";
import { createObject, fillPath, objectParams, targetUser, validBody, type Context } from "../support/proofs/requests";

const TOTAL = 10_000;
const CONCURRENCY = 16;
// Fixed, so a failure reproduces: the same seed generates the same requests. PROOFS_FUZZ_SEED
// explores others; so does --repeat-each=N (the seed plus the repetition's index).
const BASE_SEED = Number.isInteger(env.proofsFuzzSeed()) ? env.proofsFuzzSeed() : 20_261_123;
/** Objects the fuzzer created (with the canary in their secrets) read back per create operation. */
const READ_BACK = 10;
/** The operation that reads an object at `path` (a create's collection + /{id}, or an update's own path). */
const readerOf = (operations: Operation[], dialect: string, path: (read: Operation) => string) =>
  operations.find((o) => o.dialect === dialect && o.method === "get" && o.object && o.path === path(o));

let provider: ProofsProvider;
// A webhook receiver subscribed to every event of the home organisation: what the fuzzer's
// creates, updates and deletes send out must not carry the canary either.
const received: string[] = [];
const receiver = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (c: Buffer) => chunks.push(c));
  req.on("end", () => {
    received.push(Buffer.concat(chunks).toString("utf8"));
    res.writeHead(204).end();
  });
});
let receiverUrl = "";
test.beforeAll(async () => {
  provider = await startProofsProvider();
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/${unique("fuzz-hooks")}`;
  consoleCli(["webhook", "create", "--org", principals().slugs.home, "--url", receiverUrl, "--events", WEBHOOK_EVENTS.join(",")]);
});
test.afterAll(async () => {
  await provider?.server.stop();
  await withDatabase((c) => c.query("DELETE FROM webhooks WHERE url = $1", [receiverUrl]));
  await new Promise((resolve) => receiver.close(resolve));
});

/** Waits until the receiver's webhook has no delivery left to try (at most a minute); how many it got. */
async function deliveriesSettled(url: string): Promise<{ delivered: number; waiting: number }> {
  const count = () =>
    withDatabase(async (c) => {
      const { rows } = await c.query(
        `SELECT count(*) FILTER (WHERE d.status = 'delivered')::int AS delivered, count(*) FILTER (WHERE d.status NOT IN ('delivered', 'failed'))::int AS waiting
           FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE w.url = $1`,
        [url],
      );
      return rows[0] as { delivered: number; waiting: number };
    });
  const deadline = Date.now() + 60_000;
  let now = await count();
  while (now.waiting > 0 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
    now = await count();
  }
  return now;
}

// encodeURIComponent throws on a lone surrogate; the server would see U+FFFD from any client anyway.
const encode = (value: string) => encodeURIComponent(value.toWellFormed());

test(`fuzzing every documented operation: ≥ ${TOTAL} requests, no 5xx, documented errors and bodies, no canary echoed`, async () => {
  test.setTimeout(900_000);
  const started = Date.now();
  const SEED = BASE_SEED + test.info().repeatEachIndex * 1_000;
  const canary = unique("fuzz-canary-secret");
  // Its own target users: a fuzzed lock may lock them.
  const ctx: Context = { tokenUrl: provider.server.tokenUrl, canary, targets: "fuzz", provider };
  const dialects = (await loadDialects()).filter((d) => !NOT_YET_FUZZED.includes(d.name));
  const who = principals();
  const callers = [who.adminOf.home, who.adminOf.home, who.adminOf.home, ...who.all]; // mostly admin: past the permission gate
  const validator = new DocumentValidator();
  const operations = dialects.flatMap((d) => d.operations);
  const perOperation = Math.ceil(TOTAL / operations.length);
  const failures: string[] = [];
  const sent = new Map<string, number>(dialects.map((d) => [d.name, 0]));
  const statuses = new Map<string, number>();
  /** Per operation, how often each status came back: an operation without any 2xx is fuzzed only at its gates. */
  const byOperation = new Map<Operation, Map<number, number>>();
  let echoed = 0;
  /** What the fuzzer created or updated with the canary in its secrets, and as whom: read back at the end. */
  const created = new Map<Operation, { id: string; caller: Principal }[]>();
  const updated: { read: Operation; path: string }[] = [];
  const echoes = (reply: Reply) => reply.text.includes(canary) || [...reply.headers.values()].some((v) => v.includes(canary));

  for (const [index, op] of operations.entries()) {
    const dialect = dialects.find((d) => d.name === op.dialect)!;
    const objectId = op.object ? await createObject(op, who.adminOf.home, { ...ctx, canary: undefined }, dialects) : undefined;
    const extra = { ...(op.tenant && { [op.tenant.param]: who.slugs.home }), ...(objectId ? await objectParams(op, objectId, who.adminOf.home, ctx) : {}) };
    const valid = freshen(plantCanary(op.bodySchemaPointer ? validBody(op, { ...ctx, memberGuid: await targetUser("home", ctx.targets), refs: await refsOf("home", provider) }) : {}, canary));
    // HDP's ?user= naming another member (an admin may act for them), its tenantId/tenantName the caller's organisation.
    const known = { ...(op.onBehalf && { [op.onBehalf.query]: who.memberOf.home.email }), tenantId: who.slugs.home, tenantName: who.slugs.home };
    const samples = fc.sample(fc.tuple(requestsFor(op, valid, objectId, known), fc.constantFrom(...callers)), { numRuns: perOperation, seed: SEED + index });
    let next = 0;
    const worker = async () => {
      while (next < samples.length) {
        const [request, caller] = samples[next++];
        const query = new URLSearchParams(Object.entries(request.query).map(([k, v]) => [k, v.toWellFormed()])).toString();
        const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encode(request.path[name] ?? extra[name] ?? objectId ?? "x")) + (query ? `?${query}` : "");
        const shown = `${op.dialect} ${op.method.toUpperCase()} ${path.slice(0, 160)} as ${caller.name} (${request.label}, body ${request.body?.slice(0, 160)})`;
        try {
          const reply = await send(op.method.toUpperCase(), path, {
            headers: { ...credentials(op.document, caller), ...(request.contentType && { "content-type": request.contentType }), ...(request.ifMatch !== undefined && { "if-match": request.ifMatch }) },
            body: withFreshTokens(request.body),
          });
          sent.set(op.dialect, sent.get(op.dialect)! + 1);
          const bucket = `${Math.floor(reply.status / 100)}xx`;
          statuses.set(bucket, (statuses.get(bucket) ?? 0) + 1);
          const seen = byOperation.get(op) ?? byOperation.set(op, new Map()).get(op)!;
          seen.set(reply.status, (seen.get(reply.status) ?? 0) + 1);
          if (reply.status >= 500) failures.push(`${shown} → ${reply.status} ${reply.text.slice(0, 200)}`);
          if (echoes(reply)) {
            echoed++;
            failures.push(`${shown} → echoed the canary secret`);
          }
          if (reply.status >= 200 && reply.status < 300) {
            if (!op.successStatuses.includes(reply.status)) failures.push(`${shown} → ${reply.status}, not a documented success (${op.successStatuses})`);
            const type = validator.responseContentType(op, reply.status);
            if (!type && reply.text) failures.push(`${shown} → ${reply.status} with a body the document does not give: ${reply.text.slice(0, 200)}`);
            if (type && !reply.headers.get("content-type")?.startsWith(type)) failures.push(`${shown} → ${reply.status} with content type ${reply.headers.get("content-type")}, not ${type}`);
            if (type && !reply.text) failures.push(`${shown} → ${reply.status} with an empty body, the document gives one`);
            const id = (reply.json as Record<string, unknown> | undefined)?.[op.dialect === "posit" ? "guid" : "id"];
            if (op.method === "post" && !op.object && (typeof id === "string" || typeof id === "number")) (created.get(op) ?? created.set(op, []).get(op)!).push({ id: String(id), caller });
          }
          if (reply.status >= 400 && reply.status < 500) {
            const type = reply.headers.get("content-type") ?? "";
            if (!type.startsWith(dialect.errorContentType)) failures.push(`${shown} → ${reply.status} with content type ${type}, not ${dialect.errorContentType}`);
          }
          const schema = validator.responsePointer(op, reply.status);
          if (schema && reply.status < 500 && (reply.status >= 400 || reply.text)) {
            const invalid = reply.json === undefined ? "not JSON" : validator.check(op.document, schema, reply.json);
            if (invalid) failures.push(`${shown} → ${reply.status} body not as documented (${invalid}): ${reply.text.slice(0, 200)}`);
          }
        } catch (error) {
          failures.push(`${shown} → ${(error as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const read = objectId && (op.method === "put" || op.method === "patch") ? readerOf(operations, op.dialect, () => op.path) : undefined;
    if (read) updated.push({ read, path: op.path.replace(/\{([^}]+)\}/g, (_, name: string) => encode(extra[name] ?? objectId!)) });
  }

  // What was created or updated with the canary in its secrets, read back by its creator (the
  // updated ones by the admin who made them): no canary.
  const toRead = [...created].flatMap(([create, made]) => {
    const read = readerOf(operations, create.dialect, (o) => `${create.path}/{${o.object!.param}}`);
    return read ? made.slice(0, READ_BACK).map(({ id, caller }) => ({ read, caller, path: fillPath(read.path, { [read.object!.param]: id, ...(read.tenant && { [read.tenant.param]: who.slugs[caller.org] }) }) })) : [];
  });
  let readBack = 0;
  for (const { read, path, caller } of [...toRead, ...updated.map((u) => ({ ...u, caller: who.adminOf.home }))]) {
    const reply = await send("GET", path, { headers: credentials(read.document, caller) });
    readBack++;
    // 404: a fuzzed path may have named it (HDP's ids are small numbers) and deleted it.
    if (reply.status !== 200 && reply.status !== 404) failures.push(`${read.dialect} GET ${path} as ${caller.name} (an object the fuzzer created or updated) → ${reply.status} ${reply.text.slice(0, 200)}`);
    if (echoes(reply)) {
      echoed++;
      failures.push(`${read.dialect} GET ${path} as ${caller.name} → echoed the canary secret`);
    }
  }

  // The canary never reached the server log or the audit log either.
  expect(readFileSync(E2E_SERVER_LOG, "utf8")).not.toContain(canary);
  expect(await tableText("audit_events")).not.toContain(canary);
  // Nor an event sent to a webhook, nor the delivery log: the receiver got the fuzzer's events
  // (creates succeeded, so there are some) and none carries it.
  const webhooks = await deliveriesSettled(receiverUrl);
  expect(webhooks.delivered, "the fuzzer's creates sent events to the subscribed receiver").toBeGreaterThan(0);
  expect(received.length).toBeGreaterThanOrEqual(webhooks.delivered);
  expect(received.filter((body) => body.includes(canary)).length, "webhook bodies carrying the canary").toBe(0);
  for (const table of ["webhook_events", "webhook_deliveries", "webhook_attempts"] as const) expect(await tableText(table), table).not.toContain(canary);

  const total = [...sent.values()].reduce((a, b) => a + b, 0);
  const server5xx = statuses.get("5xx") ?? 0;
  const tally = [...byOperation].map(([o, seen]) => `${o.dialect} ${o.operationId}: ${[...seen].sort(([a], [b]) => a - b).map(([s, n]) => `${n} × ${s}`).join(", ")}`);
  writeFileSync(".test-results/proofs-fuzz-statuses.txt", tally.join("\n"));
  const never2xx = [...byOperation].filter(([, seen]) => ![...seen.keys()].some((s) => s < 400)).map(([o]) => `${o.dialect} ${o.operationId}`);
  console.log(
    `[proofs] fuzzing: ${total} requests over ${operations.length} operations (${dialects.map((d) => `${d.name} ${sent.get(d.name)} over ${d.operations.length}`).join(", ")}), seed ${SEED}, ` +
      `${server5xx} ≥ 500, ${[...statuses].sort().map(([b, n]) => `${n} × ${b}`).join(", ")}, canary echoed ${echoed} times (never logged, ${readBack} created or updated objects read back, ${received.length} webhook bodies received), ${failures.length} failures (${((Date.now() - started) / 1000).toFixed(1)} s; no success for ${never2xx.length ? never2xx.join(", ") : "no operation"}, per operation: .test-results/proofs-fuzz-statuses.txt)${NOT_YET_FUZZED.length ? `; not yet covered: ${NOT_YET_FUZZED.join(", ")}` : ""}`,
  );
  writeFileSync(".test-results/proofs-fuzz-failures.txt", failures.join("\n"));
  expect(failures.slice(0, 20), "all of them: .test-results/proofs-fuzz-failures.txt").toEqual([]);
  expect(total).toBeGreaterThanOrEqual(TOTAL);
});
