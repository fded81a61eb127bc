import { describe, expect, it } from "vitest";
import { hashOpaqueToken, opaqueTokenKind } from "./opaque-token";

describe("opaque tokens", () => {
  const kind = opaqueTokenKind("cst");

  it("makes distinct tokens of the kind's shape, recognised by their own kind only", () => {
    const a = kind.generate();
    const b = kind.generate();
    expect(a.token).toMatch(/^cst_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{43}$/);
    expect(a.token.startsWith(`${a.prefix}_`)).toBe(true);
    expect(a.token).not.toBe(b.token);
    expect(kind.looksLike(a.token)).toBe(true);
    expect(opaqueTokenKind("ic").looksLike(a.token)).toBe(false);
    expect(kind.looksLike(`${a.token}x`)).toBe(false);
  });

  it("stores only a SHA-256 of the whole token", () => {
    const { token, hash } = kind.generate();
    expect(hash).toBe(hashOpaqueToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token.slice(-43));
  });
});
