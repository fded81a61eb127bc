import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, createNonce, HTTPS_FORWARDED_PROTO, isCrossOriginWrite, servedOverHttps } from "./csp";

const h = (init: Record<string, string>) => new Headers(init);

describe("content security policy", () => {
  test("scripts need the nonce; no inline or eval in production", () => {
    const policy = contentSecurityPolicy("abc123");
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(contentSecurityPolicy("n", { development: true })).toContain("'unsafe-eval'");
  });

  test("forms post to our own origin, and to the single sign-on provider's when given", () => {
    expect(contentSecurityPolicy("n").split("; ")).toContain("form-action 'self'");
    expect(contentSecurityPolicy("n", { formOrigins: ["https://idp.example"] }).split("; ")).toContain("form-action 'self' https://idp.example");
  });

  test("nonces are fresh, 128-bit, base64", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("cross-origin writes", () => {
  const own = { host: "console.example.com" };
  test.each([
    ["POST", { ...own, origin: "https://evil.example" }, true],
    ["POST", { ...own, origin: "null" }, true],
    ["DELETE", { ...own, origin: "https://console.example.com.evil.example" }, true],
    ["PATCH", { ...own, origin: "not a url" }, true],
    ["POST", { ...own, origin: "https://console.example.com" }, false],
    ["POST", { ...own, origin: "http://CONSOLE.example.com" }, false],
    ["POST", own, false], // no Origin: not a browser
    ["GET", { ...own, origin: "https://evil.example" }, false],
    ["POST", { host: "10.0.0.5:3000", "x-forwarded-host": "console.example.com", origin: "https://console.example.com" }, false],
    ["POST", { host: "10.0.0.5:3000", "x-forwarded-host": "console.example.com", origin: "http://10.0.0.5:3000" }, true],
  ] as const)("%s %j → refused %s", (method, headers, refused) => {
    expect(isCrossOriginWrite(method, h(headers))).toBe(refused);
  });
});

describe("served over HTTPS", () => {
  test("X-Forwarded-Proto's first hop wins over the URL", () => {
    expect(servedOverHttps(new URL("http://localhost/"), h({ "x-forwarded-proto": "https" }))).toBe(true);
    expect(servedOverHttps(new URL("http://localhost/"), h({ "x-forwarded-proto": "https, http" }))).toBe(true);
    expect(servedOverHttps(new URL("https://localhost/"), h({ "x-forwarded-proto": "http" }))).toBe(false);
    expect(servedOverHttps(new URL("https://localhost/"), h({}))).toBe(true);
    expect(servedOverHttps(new URL("http://localhost/"), h({}))).toBe(false);
  });
});

describe("HTTPS_FORWARDED_PROTO (next.config.ts adds HSTS where it matches, anchored as Next anchors it)", () => {
  const matches = (value: string) => new RegExp(`^${HTTPS_FORWARDED_PROTO}$`).test(value);
  test("matches when the first hop is HTTPS", () => {
    for (const value of ["https", "HTTPS", " https", "https,http", "https, http"]) expect(matches(value), value).toBe(true);
  });
  test("does not match plain HTTP first hops or look-alikes", () => {
    for (const value of ["http", "http,https", "http, https", "httpsx", "xhttps", ""]) expect(matches(value), value).toBe(false);
  });
});
