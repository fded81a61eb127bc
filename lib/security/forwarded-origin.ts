// The origin a client used to reach the console, as it sees it: behind a proxy, the first hop of
// X-Forwarded-Proto / X-Forwarded-Host; else the Host header and the request's own scheme. One
// reading for the API (request URLs) and the console (next/headers), so a callback URL or a
// server URL is the same whichever door builds it. Pure: no server-only import.

/** The origin from forwarded headers, else `fallback` (a request URL, or http://Host). */
export function forwardedOrigin(headers: Headers, fallback: URL): string {
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  const host = headers.get("x-forwarded-host")?.split(",")[0]?.trim() || headers.get("host") || fallback.host;
  return `${proto === "https" || proto === "http" ? proto : fallback.protocol.replace(":", "")}://${host}`;
}
