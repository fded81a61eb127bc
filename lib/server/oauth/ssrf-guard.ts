import "server-only";
// Outbound requests to addresses an administrator typed in (token endpoints for "verify").
// The host is resolved once, every address it resolves to is vetted, and the connection is made
// to the vetted address (a pinned `lookup`), so a DNS answer that changes between the check and
// the connection (rebinding) cannot redirect the request inside the network. Loopback, private,
// link-local (cloud metadata at 169.254.169.254), shared, multicast and reserved ranges are
// refused unless `allowPrivateNetwork` (tests, on-premises identity providers). Plain http is
// accepted only for loopback when private networks are allowed. Redirects are never followed,
// environment proxies are not consulted, and responses are capped in size.
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { AppError } from "@/lib/errors";

export const MAX_RESPONSE_BYTES = 64 * 1024;

export type AddressClass =
  | "public"
  | "loopback"
  | "private" // RFC 1918
  | "shared" // CGNAT 100.64.0.0/10
  | "link-local" // 169.254.0.0/16 (cloud metadata), fe80::/10
  | "unique-local" // fc00::/7, and deprecated site-local fec0::/10
  | "unspecified" // 0.0.0.0/8, ::
  | "multicast"
  | "reserved" // documentation, benchmarking, protocol assignments, 240/4, broadcast, NAT64 local-use, Teredo
  | "invalid"; // not an IP address

// ---------------------------------------------------------------------------------------------
// Address classification (pure, on bytes, so every textual IPv4/IPv6 form lands in one place)

function parseIPv4(text: string): number[] | undefined {
  if (!net.isIPv4(text)) return undefined;
  return text.split(".").map(Number);
}

function parseIPv6(input: string): number[] | undefined {
  const text = input.replace(/%.*$/, ""); // zone id (fe80::1%eth0)
  if (!net.isIPv6(text)) return undefined;
  let head = text;
  let tailV4: number[] = [];
  const lastColon = head.lastIndexOf(":");
  if (head.slice(lastColon + 1).includes(".")) {
    const v4 = parseIPv4(head.slice(lastColon + 1));
    if (!v4) return undefined;
    tailV4 = v4;
    head = head.slice(0, lastColon + 1) + "0:0"; // placeholder groups, replaced below
  }
  const groups = (part: string) => (part === "" ? [] : part.split(":").map((g) => parseInt(g, 16)));
  let words: number[];
  const gap = head.indexOf("::");
  if (gap >= 0) {
    const left = groups(head.slice(0, gap));
    const right = groups(head.slice(gap + 2));
    words = [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  } else {
    words = groups(head);
  }
  if (words.length !== 8 || words.some((w) => !Number.isInteger(w) || w < 0 || w > 0xffff)) return undefined;
  const bytes = words.flatMap((w) => [w >> 8, w & 0xff]);
  if (tailV4.length) bytes.splice(12, 4, ...tailV4);
  return bytes;
}

const inV4 = (b: number[], prefix: number[], bits: number) => {
  for (let i = 0; i < 4 && bits > 0; i += 1, bits -= 8) {
    const mask = bits >= 8 ? 0xff : (0xff << (8 - bits)) & 0xff;
    if ((b[i] & mask) !== (prefix[i] & mask)) return false;
  }
  return true;
};

function classifyV4(b: number[]): AddressClass {
  if (inV4(b, [0, 0, 0, 0], 8)) return "unspecified";
  if (inV4(b, [127, 0, 0, 0], 8)) return "loopback";
  if (inV4(b, [10, 0, 0, 0], 8) || inV4(b, [172, 16, 0, 0], 12) || inV4(b, [192, 168, 0, 0], 16)) return "private";
  if (inV4(b, [100, 64, 0, 0], 10)) return "shared";
  if (inV4(b, [169, 254, 0, 0], 16)) return "link-local";
  if (inV4(b, [224, 0, 0, 0], 4)) return "multicast";
  if (
    inV4(b, [192, 0, 0, 0], 24) || // IETF protocol assignments
    inV4(b, [192, 0, 2, 0], 24) || // TEST-NET-1
    inV4(b, [198, 18, 0, 0], 15) || // benchmarking
    inV4(b, [198, 51, 100, 0], 24) || // TEST-NET-2
    inV4(b, [203, 0, 113, 0], 24) || // TEST-NET-3
    inV4(b, [240, 0, 0, 0], 4) // reserved, and 255.255.255.255
  ) {
    return "reserved";
  }
  return "public";
}

function classifyV6(b: number[]): AddressClass {
  const word = (i: number) => (b[2 * i] << 8) | b[2 * i + 1];
  const zeroUpTo = (n: number) => b.slice(0, n).every((x) => x === 0);
  const embedded = (offset: number) => classifyV4(b.slice(offset, offset + 4));

  if (zeroUpTo(16)) return "unspecified";
  if (zeroUpTo(15) && b[15] === 1) return "loopback";
  // ::ffff:a.b.c.d (IPv4-mapped) and ::a.b.c.d (deprecated IPv4-compatible): judge the IPv4 address.
  if (zeroUpTo(10) && word(5) === 0xffff) return embedded(12);
  if (zeroUpTo(12)) return embedded(12);
  // ::ffff:0:a.b.c.d (IPv4-translated, RFC 2765)
  if (zeroUpTo(8) && word(4) === 0xffff && word(5) === 0) return embedded(12);
  // 64:ff9b::/96 NAT64 well-known prefix reaches the embedded IPv4 address.
  if (word(0) === 0x64 && word(1) === 0xff9b && b.slice(4, 12).every((x) => x === 0)) return embedded(12);
  if (word(0) === 0x64 && word(1) === 0xff9b && word(2) === 1) return "reserved"; // NAT64 local-use /48
  // 2002::/16 6to4 embeds an IPv4 address in bits 16-47.
  if (word(0) === 0x2002) return embedded(2);
  if (word(0) === 0x2001 && word(1) === 0) return "reserved"; // Teredo (embeds an obfuscated IPv4)
  if (word(0) === 0x2001 && word(1) === 0xdb8) return "reserved"; // documentation
  if (word(0) === 0x100 && word(1) === 0 && word(2) === 0 && word(3) === 0) return "reserved"; // discard-only
  if ((b[0] & 0xfe) === 0xfc) return "unique-local";
  if (b[0] === 0xfe && (b[1] & 0xc0) === 0x80) return "link-local";
  if (b[0] === 0xfe && (b[1] & 0xc0) === 0xc0) return "unique-local"; // fec0::/10 site-local
  if (b[0] === 0xff) return "multicast";
  return "public";
}

/** Classifies a literal IPv4 or IPv6 address (IPv4 embedded in IPv6 is judged as IPv4). */
export function classifyAddress(address: string): AddressClass {
  const text = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  const v4 = parseIPv4(text);
  if (v4) return classifyV4(v4);
  const v6 = parseIPv6(text);
  if (v6) return classifyV6(v6);
  return "invalid";
}

export const isPublicAddress = (address: string) => classifyAddress(address) === "public";

// ---------------------------------------------------------------------------------------------
// Errors

export type OutboundFailure = "timeout" | "dns" | "connect" | "tls" | "too_large" | "network";

/** A request that could not complete. `message` is safe to show: no secrets, no raw socket text. */
export class OutboundRequestError extends AppError {
  constructor(
    readonly reason: OutboundFailure,
    message: string,
  ) {
    super("upstream_failed", message);
    this.name = "OutboundRequestError";
  }
}

export type GuardOptions = {
  allowPrivateNetwork: boolean;
  /** Names the target in error messages ("token endpoint"). */
  label?: string;
  signal?: AbortSignal;
};

// ---------------------------------------------------------------------------------------------
// URL and host checks

/** Parses and checks the URL's form (scheme, no credentials, no fragment). Throws bad_request. */
export function parseOutboundUrl(raw: string, { allowPrivateNetwork, label = "token endpoint" }: GuardOptions): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new AppError("bad_request", `${label} is not a valid URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new AppError("bad_request", `${label} must be an https URL`);
  }
  if (url.protocol === "http:" && !allowPrivateNetwork) {
    throw new AppError("bad_request", `${label} must be an https URL`);
  }
  if (url.username || url.password) {
    throw new AppError("bad_request", `${label} must not contain credentials`);
  }
  if (url.hash) {
    throw new AppError("bad_request", `${label} must not contain a fragment`);
  }
  return url;
}

const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, "$1");

function lookupAll(hostname: string, signal?: AbortSignal): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => reject(signal?.reason);
    signal?.addEventListener("abort", onAbort, { once: true });
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      signal?.removeEventListener("abort", onAbort);
      if (error) reject(error);
      else resolve(addresses);
    });
  });
}

/**
 * Resolves `hostname` (all addresses) and refuses it if any address is not public, unless
 * `allowPrivateNetwork`. Returns the vetted addresses, in resolver order.
 */
export async function resolveAllowedAddresses(hostname: string, options: GuardOptions): Promise<LookupAddress[]> {
  const { allowPrivateNetwork, label = "token endpoint", signal } = options;
  const host = hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: LookupAddress[];
  try {
    addresses = await lookupAll(host, signal);
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new OutboundRequestError("dns", `could not resolve host "${host}" of the ${label}`);
  }
  if (addresses.length === 0) {
    throw new OutboundRequestError("dns", `could not resolve host "${host}" of the ${label}`);
  }
  for (const { address } of addresses) {
    const kind = classifyAddress(address);
    if (kind === "public") continue;
    if (kind === "invalid") {
      throw new OutboundRequestError("dns", `host "${host}" of the ${label} resolved to an unusable address`);
    }
    if (!allowPrivateNetwork) {
      throw new AppError(
        "bad_request",
        `${label} host "${host}" resolves to a private or loopback address (${kind}), which is not allowed`,
      );
    }
  }
  return addresses;
}

// ---------------------------------------------------------------------------------------------
// The request

export type GuardedRequest = GuardOptions & {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  timeoutMs: number;
  maxResponseBytes?: number;
};

export type GuardedResponse = {
  status: number;
  contentType: string | undefined;
  body: string;
};

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(3))} s`;

function describeSocketError(error: unknown, label: string, host: string): OutboundRequestError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? "";
  switch (code) {
    case "ECONNREFUSED":
      return new OutboundRequestError("connect", `could not connect to host "${host}" of the ${label} (connection refused)`);
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "EADDRNOTAVAIL":
      return new OutboundRequestError("connect", `could not connect to host "${host}" of the ${label} (unreachable)`);
    case "ECONNRESET":
    case "EPIPE":
      return new OutboundRequestError("network", `the ${label} closed the connection unexpectedly`);
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new OutboundRequestError("dns", `could not resolve host "${host}" of the ${label}`);
    case "ETIMEDOUT":
      return new OutboundRequestError("connect", `could not connect to host "${host}" of the ${label} (connection timed out)`);
    case "HPE_INVALID_CONSTANT":
    case "HPE_INVALID_VERSION":
    case "HPE_HEADER_OVERFLOW":
      return new OutboundRequestError("network", `the ${label} did not answer with valid HTTP`);
  }
  if (/^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|HOSTNAME_MISMATCH)/.test(code) || code.includes("SSL")) {
    return new OutboundRequestError("tls", `TLS connection to the ${label} failed (${code})`);
  }
  return new OutboundRequestError("network", `request to the ${label} failed${code ? ` (${code})` : ""}`);
}

/**
 * One HTTP(S) request to an address an administrator configured: vetted, pinned, time-limited,
 * size-capped, no redirects followed (a 3xx is returned as is). Throws AppError("bad_request")
 * for a refused URL or host, OutboundRequestError for a failure on the way.
 */
export async function guardedRequest(rawUrl: string, options: GuardedRequest): Promise<GuardedResponse> {
  const { allowPrivateNetwork, label = "token endpoint", timeoutMs, maxResponseBytes = MAX_RESPONSE_BYTES } = options;
  const url = parseOutboundUrl(rawUrl, options);
  const host = hostOf(url);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new OutboundRequestError("timeout", `the ${label} timed out after ${seconds(timeoutMs)}`)), timeoutMs);
  const onOuterAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onOuterAbort, { once: true });
  const { signal } = controller;
  const aborted = () => (signal.reason instanceof AppError ? signal.reason : new OutboundRequestError("network", `request to the ${label} was cancelled`));

  try {
    let addresses: LookupAddress[];
    try {
      addresses = await resolveAllowedAddresses(host, { allowPrivateNetwork, label, signal });
    } catch (error) {
      throw signal.aborted ? aborted() : error;
    }
    if (url.protocol === "http:" && !addresses.every(({ address }) => classifyAddress(address) === "loopback")) {
      throw new AppError("bad_request", `${label} must be an https URL (plain http is accepted only on loopback)`);
    }
    const pinned = addresses[0];

    // Always answer with the vetted address, whatever name the socket layer asks for.
    const lookup = ((_hostname: string, lookupOptions: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      if (lookupOptions?.all) callback(null, [pinned]);
      else callback(null, pinned.address, pinned.family);
    }) as unknown as net.LookupFunction;

    const transport = url.protocol === "https:" ? https : http;
    return await new Promise<GuardedResponse>((resolve, reject) => {
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        reject(error);
      };
      const request = transport.request(
        {
          protocol: url.protocol,
          host,
          port: url.port || undefined,
          path: `${url.pathname}${url.search}`,
          method: options.method ?? "GET",
          headers: { ...options.headers, connection: "close" },
          lookup,
          family: pinned.family,
          agent: false, // no pooled sockets: each request connects to the address vetted for it
          signal,
          ...(url.protocol === "https:" && net.isIP(host) === 0 ? { servername: host } : {}),
        },
        (response) => {
          const declared = Number(response.headers["content-length"] ?? 0);
          if (declared > maxResponseBytes) {
            response.destroy();
            request.destroy();
            return fail(new OutboundRequestError("too_large", `the ${label} response exceeds ${maxResponseBytes / 1024} KiB`));
          }
          const chunks: Buffer[] = [];
          let size = 0;
          response.on("data", (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxResponseBytes) {
              response.destroy();
              request.destroy();
              fail(new OutboundRequestError("too_large", `the ${label} response exceeds ${maxResponseBytes / 1024} KiB`));
              return;
            }
            chunks.push(chunk);
          });
          response.on("end", () => {
            if (settled) return;
            settled = true;
            resolve({
              status: response.statusCode ?? 0,
              contentType: response.headers["content-type"],
              body: Buffer.concat(chunks).toString("utf8"),
            });
          });
          response.on("error", (error) => fail(signal.aborted ? aborted() : describeSocketError(error, label, host)));
          response.on("close", () => {
            if (!response.complete) {
              fail(signal.aborted ? aborted() : new OutboundRequestError("network", `the ${label} closed the connection unexpectedly`));
            }
          });
        },
      );
      request.on("error", (error) => fail(signal.aborted ? aborted() : describeSocketError(error, label, host)));
      request.end(options.body);
    });
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener("abort", onOuterAbort);
  }
}
