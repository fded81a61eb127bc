import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, test, vi } from "vitest";
import { AppError } from "@/lib/errors";
import {
  classifyAddress,
  guardedRequest,
  OutboundRequestError,
  parseOutboundUrl,
  resolveAllowedAddresses,
  type AddressClass,
} from "./ssrf-guard";

// Names under `.rebind.test` resolve (once, through the guard) to loopback; everything else uses
// the real resolver. If the socket layer looked the name up again it would fail with ENOTFOUND.
vi.mock("node:dns", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:dns")>();
  const lookup = vi.fn((hostname: string, options: unknown, callback: (...args: unknown[]) => void) => {
    if (hostname.endsWith(".rebind.test")) return callback(null, [{ address: "127.0.0.1", family: 4 }]);
    return (actual.lookup as (...args: unknown[]) => void)(hostname, options, callback);
  });
  return { ...actual, lookup, default: { ...actual, lookup } };
});

describe("classifyAddress", () => {
  const table: Array<[string, AddressClass]> = [
    // IPv4 public
    ["8.8.8.8", "public"],
    ["1.1.1.1", "public"],
    ["93.184.216.34", "public"],
    ["172.32.0.1", "public"],
    ["100.128.0.1", "public"],
    ["169.253.255.255", "public"],
    ["11.0.0.1", "public"],
    // IPv4 refused
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "shared"],
    ["100.127.255.255", "shared"],
    ["169.254.169.254", "link-local"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.10", "reserved"],
    ["198.18.0.1", "reserved"],
    // IPv6 public
    ["2606:4700:4700::1111", "public"],
    ["2001:4860:4860::8888", "public"],
    ["[2a00:1450:4001:80b::200e]", "public"],
    // IPv6 refused
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["[::1]", "loopback"],
    ["::", "unspecified"],
    ["fc00::1", "unique-local"],
    ["fd12:3456:789a::1", "unique-local"],
    ["fec0::1", "unique-local"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf::1", "link-local"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "reserved"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "reserved"], // Teredo
    // IPv4 embedded in IPv6: judged by the IPv4 address
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["0:0:0:0:0:ffff:7f00:0001", "loopback"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:a9fe:a9fe", "link-local"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:192.168.0.1", "private"],
    ["::ffff:8.8.8.8", "public"],
    ["::127.0.0.1", "loopback"], // IPv4-compatible (deprecated)
    ["::ffff:0:127.0.0.1", "loopback"], // IPv4-translated
    ["64:ff9b::a9fe:a9fe", "link-local"], // NAT64 to 169.254.169.254
    ["64:ff9b::8.8.8.8", "public"],
    ["64:ff9b:1::1", "reserved"],
    ["2002:7f00:1::", "loopback"], // 6to4 of 127.0.0.1
    ["2002:c0a8:0101::1", "private"], // 6to4 of 192.168.1.1
    ["2002:0808:0808::1", "public"],
    // not addresses
    ["localhost", "invalid"],
    ["example.com", "invalid"],
    ["127.1", "invalid"],
    ["1.2.3.256", "invalid"],
    ["", "invalid"],
  ];
  test.each(table)("%s → %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe("resolveAllowedAddresses", () => {
  const refused = [
    "127.0.0.1",
    "localhost",
    "10.0.0.5",
    "172.20.1.1",
    "192.168.0.10",
    "169.254.169.254",
    "100.64.1.1",
    "0.0.0.0",
    "224.0.0.251",
    "::1",
    "[::1]",
    "fd00::1",
    "fe80::1",
    "::ffff:127.0.0.1",
    "::ffff:169.254.169.254",
    "evil.rebind.test",
  ];
  test.each(refused)("refuses %s without allowPrivateNetwork", async (host) => {
    const error = await resolveAllowedAddresses(host, { allowPrivateNetwork: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("bad_request");
    expect((error as AppError).message).toMatch(/resolves to a private or loopback address .*which is not allowed/);
  });

  test.each(["127.0.0.1", "localhost", "::1", "10.0.0.5", "169.254.169.254"])(
    "allows %s with allowPrivateNetwork",
    async (host) => {
      const addresses = await resolveAllowedAddresses(host, { allowPrivateNetwork: true });
      expect(addresses.length).toBeGreaterThan(0);
    },
  );

  test.each(["8.8.8.8", "2606:4700:4700::1111", "[2606:4700:4700::1111]", "::ffff:8.8.8.8"])(
    "allows public literal %s",
    async (host) => {
      const addresses = await resolveAllowedAddresses(host, { allowPrivateNetwork: false });
      expect(addresses.length).toBe(1);
    },
  );

  test("an unresolvable name is a dns failure, not a policy refusal", async () => {
    const error = await resolveAllowedAddresses("no-such-host.invalid", { allowPrivateNetwork: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundRequestError);
    expect((error as OutboundRequestError).reason).toBe("dns");
  });
});

describe("parseOutboundUrl", () => {
  test.each([
    ["not a url", /not a valid URL/],
    ["ftp://example.com/token", /must be an https URL/],
    ["file:///etc/passwd", /must be an https URL/],
    ["http://example.com/token", /must be an https URL/],
    ["https://user:pw@example.com/token", /must not contain credentials/],
    ["https://example.com/token#frag", /must not contain a fragment/],
  ])("refuses %s", (url, message) => {
    expect(() => parseOutboundUrl(url, { allowPrivateNetwork: false })).toThrow(message);
  });

  test("accepts https, and http only when private networks are allowed", () => {
    expect(parseOutboundUrl("https://idp.example.com/oauth/token?x=1", { allowPrivateNetwork: false }).host).toBe("idp.example.com");
    expect(() => parseOutboundUrl("http://127.0.0.1:8080/token", { allowPrivateNetwork: false })).toThrow(AppError);
    expect(parseOutboundUrl("http://127.0.0.1:8080/token", { allowPrivateNetwork: true }).port).toBe("8080");
  });
});

describe("guardedRequest", () => {
  const servers: http.Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => new Promise((r) => { s.closeAllConnections(); s.close(r); })));
  });
  async function serve(handler: http.RequestListener): Promise<number> {
    const server = http.createServer(handler);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    return (server.address() as AddressInfo).port;
  }

  test("refuses loopback before connecting when private networks are not allowed", async () => {
    const handler = vi.fn((_req: http.IncomingMessage, res: http.ServerResponse) => res.end("{}"));
    const port = await serve(handler);
    await expect(guardedRequest(`https://127.0.0.1:${port}/token`, { allowPrivateNetwork: false, timeoutMs: 1000 })).rejects.toThrow(
      /resolves to a private or loopback address/,
    );
    await expect(guardedRequest(`https://localhost:${port}/token`, { allowPrivateNetwork: false, timeoutMs: 1000 })).rejects.toThrow(
      /resolves to a private or loopback address/,
    );
    expect(handler).not.toHaveBeenCalled();
  });

  test("plain http is accepted on loopback only", async () => {
    await expect(guardedRequest("http://10.0.0.1/token", { allowPrivateNetwork: true, timeoutMs: 1000 })).rejects.toThrow(
      /plain http is accepted only on loopback/,
    );
  });

  test("connects to the vetted address, not to a second DNS answer", async () => {
    const port = await serve((req, res) => res.end(`host=${req.headers.host}`));
    const response = await guardedRequest(`http://idp.rebind.test:${port}/token`, { allowPrivateNetwork: true, timeoutMs: 2000 });
    expect(response).toMatchObject({ status: 200, body: `host=idp.rebind.test:${port}` });
  });

  test("caps the response size", async () => {
    const port = await serve((_req, res) => {
      res.write("x".repeat(40 * 1024));
      res.end("y".repeat(40 * 1024));
    });
    const error = await guardedRequest(`http://127.0.0.1:${port}/`, { allowPrivateNetwork: true, timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutboundRequestError);
    expect((error as OutboundRequestError).reason).toBe("too_large");
    expect((error as Error).message).toMatch(/exceeds 64 KiB/);
  });

  test("does not follow redirects", async () => {
    const port = await serve((_req, res) => {
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      res.end();
    });
    const response = await guardedRequest(`http://127.0.0.1:${port}/`, { allowPrivateNetwork: true, timeoutMs: 2000 });
    expect(response.status).toBe(302);
  });

  test("times out", async () => {
    const port = await serve(() => {
      /* never answers */
    });
    const started = Date.now();
    const error = await guardedRequest(`http://127.0.0.1:${port}/`, { allowPrivateNetwork: true, timeoutMs: 200 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(error).toBeInstanceOf(OutboundRequestError);
    expect((error as OutboundRequestError).reason).toBe("timeout");
    expect((error as Error).message).toBe("the token endpoint timed out after 0.2 s");
  });
});
