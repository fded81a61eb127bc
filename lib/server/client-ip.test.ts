import { afterEach, describe, expect, it } from "vitest";
import { setEnv } from "@/lib/env";
import { normalizeAddress, parseTrustedProxies, PEER_HEADER, resolveClient, servedOverHttpsTrusted } from "./client-ip";
import { contextFromHeaders } from "./request-context";

const none = parseTrustedProxies("");
const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.1, fd00::/8");

describe("client address", () => {
  afterEach(() => {
    setEnv("TRUSTED_PROXIES", undefined);
    setEnv("CONSOLE_SOCKET_PEER", undefined);
    setEnv("AUTH_URL", undefined);
  });

  it("normalises IPv4-mapped, bracketed and ported addresses and refuses what is not an address", () => {
    expect(normalizeAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(normalizeAddress("[::1]")).toBe("::1");
    expect(normalizeAddress(" 203.0.113.9:4711 ")).toBe("203.0.113.9");
    expect(normalizeAddress("FD00::1")).toBe("fd00::1");
    for (const bad of ["", "localhost", "1.2.3", "1.2.3.4.5", "<script>", null]) expect(normalizeAddress(bad)).toBeNull();
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or CIDR, naming it", () => {
    for (const bad of ["10.0.0.0/33", "nonsense", "10.0.0.0/8/1", "::1/129", "10.0.0.0/x"]) expect(() => parseTrustedProxies(bad)).toThrow(bad);
    expect(() => parseTrustedProxies(" 10.0.0.0/8 ,::1, 127.0.0.1/32 ")).not.toThrow();
  });

  it("by default (no trusted proxy) the TCP peer is the client: X-Forwarded-For and X-Real-IP are kept only as untrusted claims", () => {
    const headers = new Headers({ "x-forwarded-for": "1.2.3.4, 5.6.7.8", "x-real-ip": "9.9.9.9", "x-forwarded-proto": "https" });
    expect(resolveClient(headers, "::ffff:198.51.100.7", none)).toEqual({
      ip: "198.51.100.7",
      viaTrustedProxy: false,
      claimed: { forwardedFor: "1.2.3.4, 5.6.7.8", realIp: "9.9.9.9" },
      https: false,
    });
  });

  it("a peer outside TRUSTED_PROXIES is the client, whatever it forwards", () => {
    const headers = new Headers({ "x-forwarded-for": "1.2.3.4" });
    expect(resolveClient(headers, "203.0.113.50", proxies)).toMatchObject({ ip: "203.0.113.50", viaTrustedProxy: false, claimed: { forwardedFor: "1.2.3.4" } });
  });

  it("behind trusted proxies the client is the right-most hop that is not one: hops the caller wrote to the left are ignored", () => {
    const headers = new Headers({ "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.1.2.3", "x-forwarded-proto": "https" });
    expect(resolveClient(headers, "10.0.0.2", proxies)).toEqual({ ip: "203.0.113.9", viaTrustedProxy: true, claimed: null, https: true });
    expect(resolveClient(new Headers({ "x-real-ip": "203.0.113.10" }), "192.168.1.1", proxies)).toMatchObject({ ip: "203.0.113.10", viaTrustedProxy: true });
    // A malformed hop ends the walk at the last good one; no header at all leaves the proxy itself.
    expect(resolveClient(new Headers({ "x-forwarded-for": "garbage, 10.4.4.4" }), "10.0.0.2", proxies).ip).toBe("10.4.4.4");
    expect(resolveClient(new Headers(), "fd00::5", proxies)).toMatchObject({ ip: "fd00::5", viaTrustedProxy: true, https: false });
  });

  it("cuts an untrusted header to 200 characters", () => {
    const long = "1.1.1.1, ".repeat(1000);
    expect(resolveClient(new Headers({ "x-forwarded-for": long }), "127.0.0.1", none).claimed?.forwardedFor).toHaveLength(200);
  });

  // The attack: the per-IP sign-in limit and the audit's IP keyed on whatever X-Forwarded-For a
  // caller wrote, so rotating it gave every guess a fresh allowance and a forged address.
  it("a request context takes the TCP peer, not a caller's X-Forwarded-For, and marks the caller's request id and addresses untrusted", () => {
    setEnv("CONSOLE_SOCKET_PEER", "1");
    const context = contextFromHeaders(new Headers({ [PEER_HEADER]: "198.51.100.20", "x-forwarded-for": "6.6.6.6", "x-request-id": "my-id-1" }));
    expect(context).toEqual({ requestId: "my-id-1", ip: "198.51.100.20", untrusted: { requestId: "my-id-1", forwardedFor: "6.6.6.6" } });
    expect(contextFromHeaders(new Headers({ [PEER_HEADER]: "198.51.100.20" }))).toMatchObject({ ip: "198.51.100.20", untrusted: null });
  });

  it("believes a trusted proxy's X-Forwarded-For and request id", () => {
    setEnv("CONSOLE_SOCKET_PEER", "1");
    setEnv("TRUSTED_PROXIES", "127.0.0.1/32");
    expect(contextFromHeaders(new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "203.0.113.4", "x-request-id": "lb-77" }))).toEqual({
      requestId: "lb-77",
      ip: "203.0.113.4",
      untrusted: null,
    });
  });

  it("ignores x-console-peer unless the server's preload put it there", () => {
    setEnv("TRUSTED_PROXIES", "127.0.0.1/32");
    const context = contextFromHeaders(new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "203.0.113.4" }));
    expect(context.ip).toBeNull();
    expect(context.untrusted).toEqual({ forwardedFor: "203.0.113.4" });
  });

  it("counts as HTTPS only by AUTH_URL or a trusted proxy's X-Forwarded-Proto", () => {
    setEnv("CONSOLE_SOCKET_PEER", "1");
    const spoofed = new Headers({ [PEER_HEADER]: "203.0.113.1", "x-forwarded-proto": "https" });
    expect(servedOverHttpsTrusted(spoofed)).toBe(false);
    setEnv("TRUSTED_PROXIES", "203.0.113.1");
    expect(servedOverHttpsTrusted(spoofed)).toBe(true);
    setEnv("TRUSTED_PROXIES", undefined);
    setEnv("AUTH_URL", "https://console.example.com");
    expect(servedOverHttpsTrusted(new Headers())).toBe(true);
  });
});
