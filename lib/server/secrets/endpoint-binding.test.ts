import { describe, expect, it } from "vitest";
import { endpointFingerprint, sameEndpoint } from "./endpoint-binding";

describe("endpoint fingerprints", () => {
  it("treat spellings of one endpoint as one: scheme and host case, default port, query, fragment, user info", () => {
    expect(endpointFingerprint("HTTPS://IdP.Example/oauth/token?x=1#f")).toBe("https://idp.example:443/oauth/token");
    expect(sameEndpoint("https://idp.example/oauth/token", "https://idp.example:443/oauth/token")).toBe(true);
    expect(sameEndpoint("https://idp.example/oauth/token", "https://user:pw@idp.example/oauth/token?a=b")).toBe(true);
  });

  it("tell apart another host, port, scheme or path", () => {
    const stored = "https://idp.example/oauth/token";
    for (const other of ["https://evil.example/oauth/token", "https://idp.example:8443/oauth/token", "http://idp.example/oauth/token", "https://idp.example/oauth/token2", "https://idp.example.evil.example/oauth/token"]) {
      expect(sameEndpoint(stored, other), other).toBe(false);
    }
  });

  it("never match a missing or unusable endpoint", () => {
    expect(sameEndpoint(null, null)).toBe(false);
    expect(sameEndpoint("", "")).toBe(false);
    expect(sameEndpoint("not a url", "not a url")).toBe(false);
    expect(sameEndpoint("ftp://idp.example/token", "ftp://idp.example/token")).toBe(false);
  });
});
