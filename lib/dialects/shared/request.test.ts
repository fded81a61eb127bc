import { describe, expect, it } from "vitest";
import { readForm, readJson } from "./request";

const body = (text: string) => new Request("http://localhost/x", { method: "POST", body: text });

describe("readJson", () => {
  it("parses JSON, and an empty body as {}", async () => {
    expect(await readJson(body('{"name":"a"}'))).toEqual({ name: "a" });
    expect(await readJson(body("  "))).toEqual({});
  });

  it("refuses malformed JSON with 400", async () => {
    await expect(readJson(body('{"name":'))).rejects.toMatchObject({ status: 400 });
  });

  // Found by the fuzzing proof (e2e/api/proofs-fuzz.spec.ts): PostgreSQL cannot store U+0000, so it was a 500.
  it("refuses U+0000 in any string or key with 400", async () => {
    await expect(readJson(body('{"name":"a\\u0000"}'))).rejects.toMatchObject({ status: 400 });
    await expect(readJson(body('{"config":{"k\\u0000":"v"}}'))).rejects.toMatchObject({ status: 400 });
    await expect(readJson(body('[{"x":["\\u0000"]}]'))).rejects.toMatchObject({ status: 400 });
    expect(await readJson(body('{"name":"\\\\u0000"}'))).toEqual({ name: "\\u0000" });
  });
});

describe("readJson's rules", () => {
  it("refuses an empty body with 400 when the dialect requires one (HDP)", async () => {
    await expect(readJson(body(" "), { empty: "refuse", refuseNul: false })).rejects.toMatchObject({ status: 400 });
  });

  it("leaves U+0000 to the schemas when the dialect says so", async () => {
    expect(await readJson(body('{"name":"a\\u0000"}'), { empty: "object", refuseNul: false })).toEqual({ name: "a\u0000" });
  });
});

describe("readForm", () => {
  const form = (text: string, type = "application/x-www-form-urlencoded; charset=utf-8") =>
    new Request("http://localhost/x", { method: "POST", body: text, headers: { "content-type": type } });

  it("reads form fields, repeated ones kept", async () => {
    const fields = await readForm(form("grant_type=x&scope=a&scope=b%20c"));
    expect(fields.get("grant_type")).toBe("x");
    expect(fields.getAll("scope")).toEqual(["a", "b c"]);
  });

  it("refuses another content type, an empty form when required, and U+0000, with 400", async () => {
    await expect(readForm(form('{"a":1}', "application/json"))).rejects.toMatchObject({ status: 400 });
    await expect(readForm(form(""), { empty: "refuse", refuseNul: true })).rejects.toMatchObject({ status: 400 });
    await expect(readForm(form("a=%00"))).rejects.toMatchObject({ status: 400 });
  });
});

describe("bounded bodies", () => {
  const LENIENT = { empty: "object", refuseNul: true } as const;
  // A body as a stream with no Content-Length, as a chunked upload sends it: the limit must hold
  // while reading, not only against a declared length.
  const streamed = (size: number, onPull: () => void) =>
    new Request("http://localhost/x", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      // @ts-expect-error Node's fetch needs duplex for a streamed body; lib.dom does not know it
      duplex: "half",
      body: new ReadableStream<Uint8Array>({
        pull(controller) {
          onPull();
          controller.enqueue(new Uint8Array(64 * 1024).fill(0x61));
          if ((size -= 64 * 1024) <= 0) controller.close();
        },
      }),
    });

  it("refuses a body over the limit with 413, declared or streamed, and stops reading it", async () => {
    await expect(readJson(new Request("http://localhost/x", { method: "POST", headers: { "content-length": String(2 * 1024 * 1024) }, body: "{}" }))).rejects.toMatchObject({ status: 413 });
    let pulls = 0;
    await expect(readForm(streamed(50 * 1024 * 1024, () => pulls++), { ...LENIENT, maxBytes: 256 * 1024 })).rejects.toMatchObject({ status: 413 });
    // 50 MB offered; reading stopped just past the 256 KiB limit.
    expect(pulls).toBeLessThan(10);
  });

  it("reads a body at the limit, and a route may lower it", async () => {
    const fields = "a=".padEnd(16 * 1024, "x");
    expect((await readForm(new Request("http://localhost/x", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: fields }), { ...LENIENT, maxBytes: 16 * 1024 })).get("a")).toHaveLength(16 * 1024 - 2);
    await expect(readForm(new Request("http://localhost/x", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `${fields}x` }), { ...LENIENT, maxBytes: 16 * 1024 })).rejects.toMatchObject({ status: 413 });
  });
});
