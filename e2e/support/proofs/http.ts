// Plain HTTP to a running console for the proofs. Requests share a pool of at most 128 sockets: a
// thousand simultaneous connects would overflow the server's listen backlog (Node's default is
// 511) and be reset by the kernel before Next sees them. All requests are still issued
// at once; they queue for a socket, and the server works on up to 128 of them concurrently.
import http from "node:http";
import { E2E_BASE_URL } from "../../../playwright.config";

export type Reply = { status: number; headers: Headers; text: string; json: unknown };

// No keep-alive: a socket the server closes as idle just as it is reused fails with "socket hang up".
const agent = new http.Agent({ keepAlive: false, maxSockets: 128 });

export function send(
  method: string,
  path: string,
  { headers = {}, body, base = E2E_BASE_URL }: { headers?: Record<string, string>; body?: unknown; base?: string } = {},
): Promise<Reply> {
  const raw = body === undefined ? undefined : typeof body === "string" || Buffer.isBuffer(body) ? body : JSON.stringify(body);
  const hasType = Object.keys(headers).some((h) => h.toLowerCase() === "content-type");
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method,
        agent,
        headers: { ...(raw !== undefined && !hasType && { "content-type": "application/json" }), ...(raw !== undefined && { "content-length": Buffer.byteLength(raw) }), ...headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("error", reject);
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          let json: unknown = undefined;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            /* not JSON: callers that expect JSON assert on it */
          }
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(response.headers)) if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(", ") : value);
          resolve({ status: response.statusCode ?? 0, headers: responseHeaders, text, json });
        });
      },
    );
    request.on("error", reject);
    if (raw !== undefined) request.write(raw);
    request.end();
  });
}

/** `"<guid>.<version>"` → version (the integrations' ETag form). */
export const versionFromEtag = (etag: string | null): number => Number(/\.(\d+)"$/.exec(etag ?? "")?.[1] ?? NaN);
