import { describe, expect, test } from "vitest";
import { loginSchema } from "./auth";

describe("loginSchema", () => {
  test("trims the email and keeps the password as typed", () => {
    expect(loginSchema.parse({ email: "  admin@example.com ", password: " secret " })).toEqual({ email: "admin@example.com", password: " secret " });
  });
  test("names the missing field", () => {
    const result = loginSchema.safeParse({ email: "   ", password: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["email", "Enter your email"],
      ["password", "Enter your password"],
    ]);
  });
  test("refuses over-long input", () => {
    expect(loginSchema.safeParse({ email: `${"a".repeat(321)}`, password: "x" }).success).toBe(false);
    expect(loginSchema.safeParse({ email: "a@b.c", password: "x".repeat(1025) }).success).toBe(false);
  });
});
