// What a burst of unauthenticated guesses costs the audit log, and which address it is throttled by.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { setEnv } from "@/lib/env";
import { ACCOUNT_LIMIT, IP_LIMIT } from "@/lib/server/auth/login-throttle";
import { verifyLogin } from "@/lib/server/auth/verify-login";
import { PEER_HEADER } from "@/lib/server/client-ip";
import { db } from "@/lib/server/db/client";
import { contextFromHeaders } from "@/lib/server/request-context";
import { createTeam, TEST_PASSWORD } from "../../support/fixtures";

const randomIp = () => `10.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${1 + Math.floor(Math.random() * 250)}`;
const loginRows = (labels: string[]) => db.auditEvent.count({ where: { action: "auth.login", actorLabel: { in: labels } } });

describe("sign-in bursts", () => {
  afterEach(() => setEnv("CONSOLE_SOCKET_PEER", undefined));

  // Each throttled guess was an audit row (and a turn of the chain's lock): 500 guesses, 500 rows.
  it("500 parallel wrong guesses for one account from rotating addresses add O(1) audit rows, not 500", async () => {
    const { admin } = await createTeam();
    const results = await Promise.all(
      Array.from({ length: 500 }, (_, i) => verifyLogin({ email: admin.email, password: `guess-${i}` }, { requestId: `g-${randomUUID()}`, ip: randomIp() })),
    );
    const checked = results.filter((r) => !r.ok && r.reason === "invalid").length;
    expect(checked).toBeLessThanOrEqual(ACCOUNT_LIMIT);
    expect(results.filter((r) => !r.ok && r.reason === "throttled")).toHaveLength(500 - checked);
    // The checked guesses are each recorded; the ~490 refusals are one row.
    expect(await db.auditEvent.count({ where: { action: "auth.login", actorLabel: admin.email, outcome: "failure" } })).toBe(checked);
    expect(await db.auditEvent.count({ where: { action: "auth.login", actorLabel: admin.email, outcome: "denied" } })).toBe(1);
    // Still refused for the right password, without another row.
    expect(await verifyLogin({ email: admin.email, password: TEST_PASSWORD }, { requestId: randomUUID(), ip: randomIp() })).toMatchObject({ reason: "throttled" });
    expect(await loginRows([admin.email])).toBe(checked + 1);
  });

  it("a spray of many accounts from one address, once it is throttled, adds one refusal row, not one per account", async () => {
    const ip = randomIp();
    const accounts = Array.from({ length: IP_LIMIT + 30 }, () => `nobody-${randomUUID().slice(0, 8)}@example.com`);
    const results = await Promise.all(accounts.map((email) => verifyLogin({ email, password: "spray-password" }, { requestId: randomUUID(), ip })));
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBeGreaterThanOrEqual(30);
    expect(await db.auditEvent.count({ where: { action: "auth.login", actorLabel: { in: accounts }, outcome: "denied" } })).toBe(1);
  });

  // The per-IP limit keyed on the caller's own X-Forwarded-For: a new value per guess, a new
  // allowance per guess. Now the TCP peer is the client unless it is a trusted proxy.
  it(`rotating X-Forwarded-For from one untrusted peer spends one per-IP allowance: guess ${IP_LIMIT + 1} is refused`, async () => {
    setEnv("CONSOLE_SOCKET_PEER", "1");
    const peer = randomIp();
    const accounts = Array.from({ length: IP_LIMIT + 10 }, () => `spoof-${randomUUID().slice(0, 8)}@example.com`);
    const results = await Promise.all(
      accounts.map((email, i) =>
        verifyLogin({ email, password: "spoof-password" }, contextFromHeaders(new Headers({ [PEER_HEADER]: peer, "x-forwarded-for": `198.51.100.${i % 250}` }))),
      ),
    );
    expect(results.filter((r) => !r.ok && r.reason === "invalid").length).toBeLessThanOrEqual(IP_LIMIT);
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBeGreaterThanOrEqual(10);
    const rows = await db.auditEvent.findMany({ where: { action: "auth.login", actorLabel: { in: accounts } }, select: { ip: true, untrusted: true } });
    expect(new Set(rows.map((r) => r.ip))).toEqual(new Set([peer]));
    expect(rows.every((r) => typeof (r.untrusted as { forwardedFor?: string })?.forwardedFor === "string")).toBe(true);
  });
});
