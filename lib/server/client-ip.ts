import "server-only";
// Who is on the other end of a request. The TCP peer (`x-console-peer`, put there by the server
// process's preload, scripts/lib/socket-peer.cjs) is the client, unless it is one of
// TRUSTED_PROXIES: only then are `X-Forwarded-For` (walked from the right, past further trusted
// proxies), `X-Real-IP` and `X-Forwarded-Proto` believed. Anything else a caller sends about
// itself is kept as given, for the audit log, and marked untrusted — never used to throttle.
import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

export const PEER_HEADER = "x-console-peer";
const CLAIM_MAX = 200; // characters of an untrusted header kept for the audit log

export type ClientAddress = {
  /** The client's address as far as it can be known: the TCP peer, or what a trusted proxy says. */
  ip: string | null;
  /** The request came through a trusted proxy: its forwarded headers were believed. */
  viaTrustedProxy: boolean;
  /** Forwarded headers a caller sent that were not believed (as given, cut to 200 characters). */
  claimed: { forwardedFor?: string; realIp?: string } | null;
  /** The client reached the console over HTTPS, as far as is known (a trusted proxy's X-Forwarded-Proto). */
  https: boolean;
};

/** `::ffff:10.0.0.1` (an IPv4 client of a dual-stack socket) is `10.0.0.1`; `[::1]` is `::1`; else null. */
export function normalizeAddress(value: string | null | undefined): string | null {
  let address = value?.trim() ?? "";
  if (address.startsWith("[") && address.includes("]")) address = address.slice(1, address.indexOf("]"));
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) address = mapped[1];
  // An IPv4 address with a port (`1.2.3.4:5678`), as some proxies write it.
  const withPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d{1,5}$/.exec(address);
  if (withPort) address = withPort[1];
  return isIP(address) ? address.toLowerCase() : null;
}

/** Parses TRUSTED_PROXIES: comma-separated CIDRs (`10.0.0.0/8`, `fd00::/8`) or single addresses. Throws naming a bad entry. */
export function parseTrustedProxies(value: string): BlockList {
  const list = new BlockList();
  for (const entry of value.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [addressPart, prefixPart, extra] = entry.split("/");
    const address = normalizeAddress(addressPart);
    const family = address ? (isIP(address) === 6 ? "ipv6" : "ipv4") : null;
    const prefix = prefixPart === undefined ? undefined : Number(prefixPart);
    const maxPrefix = family === "ipv6" ? 128 : 32;
    if (!address || !family || extra !== undefined || (prefix !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxPrefix && /^\d+$/.test(prefixPart)))) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range (e.g. 10.0.0.0/8, 127.0.0.1, ::1)`);
    }
    if (prefix === undefined) list.addAddress(address, family);
    else list.addSubnet(address, prefix, family);
  }
  return list;
}

// BlockList.check builds a SocketAddress per call (≈ 4 µs, on every API request): answers are kept
// per list and address — a handful of peers in practice, capped in case of many.
const verdicts = new WeakMap<BlockList, Map<string, boolean>>();
const VERDICTS_MAX = 4096;

function isTrusted(list: BlockList, address: string): boolean {
  let known = verdicts.get(list);
  if (!known) verdicts.set(list, (known = new Map()));
  let verdict = known.get(address);
  if (verdict === undefined) {
    verdict = list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
    if (known.size >= VERDICTS_MAX) known.clear();
    known.set(address, verdict);
  }
  return verdict;
}

const claim = (value: string | null) => (value ? value.slice(0, CLAIM_MAX) : undefined);

/**
 * The client of a request, given the TCP peer (null when unknown: the server was not started by
 * the launcher) and the trusted proxies. Pure, for tests; `clientAddress` feeds it the real ones.
 */
export function resolveClient(headers: Headers, peerValue: string | null, trusted: BlockList): ClientAddress {
  const peer = normalizeAddress(peerValue);
  const forwardedFor = headers.get("x-forwarded-for");
  const realIp = headers.get("x-real-ip");
  if (!peer || !isTrusted(trusted, peer)) {
    const claimed = forwardedFor || realIp ? { forwardedFor: claim(forwardedFor), realIp: claim(realIp) } : null;
    return { ip: peer, viaTrustedProxy: false, claimed, https: false };
  }
  // Each trusted proxy appends the address it was reached from: the client is the right-most
  // hop that is not itself a trusted proxy (hops left of it were written by the caller).
  const hops = forwardedFor ? forwardedFor.split(",") : realIp ? [realIp] : [];
  let ip = peer;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = normalizeAddress(hops[i]);
    if (!hop) break;
    ip = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  return { ip, viaTrustedProxy: true, claimed: null, https: proto === "https" };
}

let parsed: { source: string; list: BlockList } | undefined;

/** TRUSTED_PROXIES, parsed once per value. */
export function trustedProxies(): BlockList {
  const source = env.trustedProxies();
  if (parsed?.source !== source) parsed = { source, list: parseTrustedProxies(source) };
  return parsed.list;
}

/** The client of this request under the console's configuration. */
export function clientAddress(headers: Headers): ClientAddress {
  return resolveClient(headers, env.socketPeerKnown() ? headers.get(PEER_HEADER) : null, trustedProxies());
}

/** The client reached the console over HTTPS: AUTH_URL says so, or a trusted proxy's X-Forwarded-Proto does. */
export function servedOverHttpsTrusted(headers: Headers): boolean {
  return env.authUrl()?.toLowerCase().startsWith("https:") === true || clientAddress(headers).https;
}
