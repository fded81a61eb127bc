import { describe, expect, it } from "vitest";
import { nextSessionToken, SESSION_ABSOLUTE_SECONDS, SESSION_IDLE_SECONDS } from "./session-policy";

describe("session lifetime", () => {
  const t0 = 1_800_000_000;

  it("starts the absolute clock at sign-in", () => {
    expect(nextSessionToken({}, { id: "u1", email: "a@example.com", stamp: "s1" }, t0)).toEqual({ sub: "u1", email: "a@example.com", loginAt: t0, stamp: "s1" });
  });

  it("keeps an active session until the absolute cap, then ends it", () => {
    const token = { sub: "u1", loginAt: t0 };
    expect(nextSessionToken(token, undefined, t0 + SESSION_ABSOLUTE_SECONDS)).toBe(token);
    expect(nextSessionToken(token, undefined, t0 + SESSION_ABSOLUTE_SECONDS + 1)).toBeNull();
  });

  it("ends a token without a sign-in time (forged or from an older version)", () => {
    expect(nextSessionToken({ sub: "u1" }, undefined, t0)).toBeNull();
    expect(nextSessionToken({ sub: "u1", loginAt: "0" }, undefined, t0)).toBeNull();
  });

  it("caps the absolute lifetime above the idle lifetime", () => {
    expect(SESSION_ABSOLUTE_SECONDS).toBeGreaterThan(SESSION_IDLE_SECONDS);
  });
});
