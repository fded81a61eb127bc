import { describe, expect, it } from "vitest";
import { positUserQuerySchema } from "./groups";

describe("positUserQuerySchema", () => {
  // Found by the fuzzing proof (e2e/api/proofs-fuzz.spec.ts): PostgreSQL refuses U+0000 in a query (500).
  it("ignores a filter holding U+0000, like any other unusable filter value", () => {
    expect(positUserQuerySchema.parse({ prefix: "a\u0000", account_status: "\u0000", user_role: "viewer\u0000" })).toMatchObject({ prefix: "", account_status: "", user_role: "" });
    expect(positUserQuerySchema.parse({ prefix: "ana", user_role: "viewer|publisher" })).toMatchObject({ prefix: "ana", user_role: "viewer|publisher" });
  });
});
