import { afterEach, describe, expect, it } from "vitest";
import { setEnv } from "@/lib/env";
import { PEER_HEADER } from "./client-ip";
import { consoleCookieOptions } from "./cookies";

describe("the console's own cookies (ic_org, ic_oauth_binding)", () => {
  afterEach(() => {
    for (const name of ["TRUSTED_PROXIES", "CONSOLE_SOCKET_PEER", "AUTH_URL"] as const) setEnv(name, undefined);
  });

  it("are HttpOnly and SameSite=Lax, and not Secure over plain HTTP", () => {
    expect(consoleCookieOptions(new Headers(), { path: "/", maxAge: 600 })).toEqual({ httpOnly: true, sameSite: "lax", secure: false, path: "/", maxAge: 600 });
  });

  // ic_org had no Secure flag at all, so over HTTPS it would also be sent over plain HTTP.
  it("are Secure when AUTH_URL is https", () => {
    setEnv("AUTH_URL", "https://console.example.com");
    expect(consoleCookieOptions(new Headers(), { path: "/" }).secure).toBe(true);
  });

  it("are Secure behind a trusted proxy that says HTTPS, and a caller's own X-Forwarded-Proto decides nothing", () => {
    setEnv("CONSOLE_SOCKET_PEER", "1");
    const viaProxy = new Headers({ [PEER_HEADER]: "10.0.0.5", "x-forwarded-proto": "https" });
    expect(consoleCookieOptions(viaProxy, { path: "/" }).secure).toBe(false);
    setEnv("TRUSTED_PROXIES", "10.0.0.0/8");
    expect(consoleCookieOptions(viaProxy, { path: "/" }).secure).toBe(true);
    expect(consoleCookieOptions(new Headers({ [PEER_HEADER]: "10.0.0.5", "x-forwarded-proto": "http" }), { path: "/" }).secure).toBe(false);
  });
});
