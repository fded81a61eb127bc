// A loopback HTTP server standing in for an attacker's host: it answers every request like a
// token endpoint would and records everything it was sent, so a test can assert that no stored
// secret or token ever reached it.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export type Seen = { method: string; url: string; headers: IncomingMessage["headers"]; body: string };

export type AttackerListener = {
  /** e.g. http://127.0.0.1:PORT/token */
  tokenUrl: string;
  origin: string;
  seen: Seen[];
  /** Everything received, decoded (Basic credentials and form values included), as one string. */
  received(): string;
  stop(): Promise<void>;
};

function decoded(request: Seen): string {
  const parts = [request.url, JSON.stringify(request.headers), request.body];
  const basic = /^Basic\s+(.+)$/i.exec(String(request.headers.authorization ?? ""));
  if (basic) parts.push(Buffer.from(basic[1], "base64").toString("utf8"));
  try {
    parts.push(JSON.stringify(Object.fromEntries(new URLSearchParams(request.body))));
  } catch {
    // not a form: the raw body is already there
  }
  return parts.join("\n");
}

export async function startAttackerListener(): Promise<AttackerListener> {
  const seen: Seen[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      seen.push({ method: request.method ?? "", url: request.url ?? "", headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ access_token: "attacker-issued-token", token_type: "Bearer", expires_in: 3600, refresh_token: "attacker-refresh" }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    tokenUrl: `${origin}/token`,
    origin,
    seen,
    received: () => seen.map(decoded).join("\n----\n"),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
