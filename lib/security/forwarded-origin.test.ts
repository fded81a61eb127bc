import { describe, expect, it } from "vitest";
import { forwardedOrigin } from "./forwarded-origin";

const origin = (headers: Record<string, string>, fallback = "http://localhost") => forwardedOrigin(new Headers(headers), new URL(fallback));

describe("forwardedOrigin", () => {
  it("takes the first hop of a proxy chain's X-Forwarded-Proto and -Host", () => {
    expect(origin({ host: "internal:3000", "x-forwarded-proto": "https, http", "x-forwarded-host": "console.example, internal" })).toBe("https://console.example");
  });

  it("falls back to the Host header and the request's scheme without a proxy", () => {
    expect(origin({ host: "localhost:3939" }, "https://localhost:3939/x")).toBe("https://localhost:3939");
    expect(origin({})).toBe("http://localhost");
  });

  it("never builds a scheme other than http or https from the header", () => {
    expect(origin({ host: "console.example", "x-forwarded-proto": "javascript" })).toBe("http://console.example");
    expect(origin({ host: "console.example", "x-forwarded-proto": "HTTPS" })).toBe("https://console.example");
  });
});
