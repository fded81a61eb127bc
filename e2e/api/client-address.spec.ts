// The console started by its launcher knows each request's TCP peer (scripts/lib/socket-peer.cjs)
// and, with no TRUSTED_PROXIES, takes it as the client: a caller's X-Forwarded-For, X-Real-IP,
// X-Request-Id — and a forged x-console-peer — are recorded as given, marked untrusted, never as
// the address the audit log and the sign-in throttle go by.
import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { withDatabase } from "../support/database";
import { roleKeys } from "../support/roles";

test("a caller's X-Forwarded-For and x-console-peer do not become its address; they and its request id are kept as untrusted", async ({ request }) => {
  const requestId = `e2e-spoof-${randomUUID()}`;
  const reply = await request.post("/__api__/v1/oauth/integrations", {
    headers: {
      Authorization: `Key ${roleKeys().viewer}`,
      "x-forwarded-for": "6.6.6.6",
      "x-real-ip": "6.6.6.7",
      "x-console-peer": "7.7.7.7",
      "x-request-id": requestId,
    },
    data: { name: "spoofed" },
  });
  expect(reply.status()).toBe(403);
  expect(reply.headers()["x-request-id"]).toBe(requestId);
  const rows = await withDatabase(async (client) => (await client.query("SELECT ip, untrusted FROM audit_events WHERE request_id = $1", [requestId])).rows);
  expect(rows).toHaveLength(1);
  expect(["127.0.0.1", "::1"]).toContain(rows[0].ip);
  expect(rows[0].untrusted).toEqual({ requestId, forwardedFor: "6.6.6.6", realIp: "6.6.6.7" });
});
