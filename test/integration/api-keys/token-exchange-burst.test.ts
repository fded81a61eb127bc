// Fruxon's token exchange (`POST /v1/auth/token`) verifies an API key — 256 random bits, looked up
// by SHA-256 — never a password: there is nothing to guess that a throttle would protect, and a
// refused key is not audited. A burst of wrong keys is all 401 and adds no audit row; the right
// key still gets its token straight after (no throttle a stranger could use to lock it out).
import { randomBytes, randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import * as token from "@/app/v1/auth/token/route";
import { env, setEnv } from "@/lib/env";
import { createApiKey } from "@/lib/server/api-keys/create-api-key";
import { db } from "@/lib/server/db/client";
import { context, createTeam } from "../../support/fixtures";

if (!env.authSecret()) setEnv("AUTH_SECRET", randomBytes(32).toString("base64")); // signs the access tokens

const exchange = (key: string, requestId: string) =>
  token.POST(new Request("http://localhost/v1/auth/token", { method: "POST", headers: { authorization: `Bearer ${key}`, "x-request-id": requestId } }), {
    params: Promise.resolve({}),
  });

it("500 parallel wrong keys at the Fruxon token exchange: all 401, no audit row, and the owner's key still works", async () => {
  const team = await createTeam();
  const { key } = await createApiKey(team.admin, { name: "token burst" }, context());
  const prefix = `burst-${randomUUID().slice(0, 8)}`;
  // Wrong keys in the key's own format (same prefix, other random part) and garbage.
  const wrong = (i: number) => (i % 2 ? key.slice(0, -8) + randomBytes(4).toString("hex") : randomBytes(32).toString("base64url"));
  const replies = await Promise.all(Array.from({ length: 500 }, (_, i) => exchange(wrong(i), `${prefix}-${i}`)));
  expect(new Set(replies.map((r) => r.status))).toEqual(new Set([401]));
  expect(await db.auditEvent.count({ where: { requestId: { startsWith: prefix } } })).toBe(0);
  const ok = await exchange(key, `${prefix}-ok`);
  expect(ok.status).toBe(200);
  expect(await db.auditEvent.count({ where: { requestId: `${prefix}-ok`, action: "apiKey.issueAccessToken" } })).toBe(1);
});
