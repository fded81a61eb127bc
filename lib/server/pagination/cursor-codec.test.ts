import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fromCursorToken, toCursorToken } from "./cursor-codec";

const schema = z.strictObject({ p: z.number().int(), k: z.array(z.string()) });

describe("cursor codec", () => {
  it("reads back what it wrote", () => {
    const token = toCursorToken({ p: 2, k: ["a/b", "é"] });
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromCursorToken(token, schema, 200)).toEqual({ p: 2, k: ["a/b", "é"] });
  });

  it("refuses what is not a cursor of that schema, not base64url, too long or empty", () => {
    expect(fromCursorToken(toCursorToken({ p: "2", k: [] }), schema, 200)).toBeNull();
    expect(fromCursorToken("not a cursor!", schema, 200)).toBeNull();
    expect(fromCursorToken(`${toCursorToken({ p: 1, k: [] })}==`, schema, 200)).toBeNull();
    expect(fromCursorToken(toCursorToken({ p: 1, k: ["x".repeat(300)] }), schema, 200)).toBeNull();
    expect(fromCursorToken("", schema, 200)).toBeNull();
    expect(fromCursorToken(null, schema, 200)).toBeNull();
  });
});
