// Bad input never earns a 5xx: arbitrary JSON bodies against every Posit write, and the
// integration is unchanged by whatever was refused.
import fc from "fast-check";
import { expect, test } from "@playwright/test";
import { roleKeys } from "../support/roles";

const BASE = "/__api__/v1/oauth/integrations";
const admin = () => ({ Authorization: `Key ${roleKeys().admin}` });

// JSON values, plus objects shaped like real bodies with arbitrary values in known places.
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({ name: fc.jsonValue({ maxDepth: 1 }), template: fc.oneof(fc.constantFrom("azure", "custom", "connect", "aws"), fc.string()), config: fc.jsonValue({ maxDepth: 2 }) }, { requiredKeys: [] }),
  fc.record({ template: fc.constantFrom("azure", "custom", "connect"), config: fc.dictionary(fc.constantFrom("client_id", "client_secret", "tenant_id", "auth_type", "auth_mode", "token_uri", "max_role", "scopes", "use_pkce"), fc.jsonValue({ maxDepth: 1 })) }),
  // Not JSON at all (or truncated JSON): sent as raw bytes.
  fc.string({ maxLength: 60 }).map((text) => Buffer.from(text)),
);

test("arbitrary bodies to POST, PATCH and PUT get a 2xx or a Posit 4xx, never a 5xx", async ({ request }) => {
  const created = await request.post(BASE, { headers: admin(), data: { name: "Fuzz target", template: "connect", config: { max_role: "Viewer" } } });
  expect(created.status()).toBe(200);
  const target = await created.json();
  const content = await (await request.post("/__api__/v1/content", { headers: admin(), data: { name: "fuzz-content" } })).json();

  await fc.assert(
    fc.asyncProperty(body, fc.constantFrom("post", "patch", "put"), async (data, verb) => {
      const response =
        verb === "post"
          ? await request.post(BASE, { headers: admin(), data })
          : verb === "patch"
            ? await request.patch(`${BASE}/${target.guid}`, { headers: admin(), data })
            : await request.put(`/__api__/v1/content/${content.guid}/oauth/integrations/associations`, { headers: admin(), data });
      const shown = Buffer.isBuffer(data) ? `raw ${JSON.stringify(data.toString())}` : JSON.stringify(data);
      expect(response.status(), `${verb} ${shown} → ${await response.text()}`).toBeLessThan(500);
      if (response.status() >= 400) {
        expect(await response.json()).toEqual({ code: expect.any(Number), error: expect.any(String), payload: null });
      }
    }),
    { numRuns: 150 },
  );
  // PATCHes may legitimately have succeeded; the integration still reads back as a valid object.
  const after = await (await request.get(`${BASE}/${target.guid}`, { headers: admin() })).json();
  expect(after).toMatchObject({ guid: target.guid, template: "connect" });
});
