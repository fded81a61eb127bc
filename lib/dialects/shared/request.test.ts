import { describe, expect, it } from "vitest";
import { readJson } from "./request";

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
