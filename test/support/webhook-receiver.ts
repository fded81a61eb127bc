// A real HTTP receiver on loopback that verifies each message with the `standardwebhooks` library,
// as a customer's endpoint would. `answer` decides each response (default 204), or "hold": the
// request is left open, never answered (an attempt in flight, for as long as the sender waits).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";

/** `peerPort`: the sender's TCP port (on loopback it names the sending process's socket). */
export type Received = { headers: Record<string, string>; body: string; at: number; peerPort: number };

/** `delayMs`: answer that much later (a slow endpoint, so attempts overlap). */
type Answer = { status: number; body?: string; delayMs?: number } | "hold";

export async function startReceiver(answer: (n: number, message: Received) => Answer = () => ({ status: 204 })) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const message = { headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks).toString("utf8"), at: Date.now(), peerPort: req.socket.remotePort ?? 0 };
      received.push(message);
      const answered = answer(received.length, message);
      if (answered === "hold") return;
      const send = () => res.writeHead(answered.status, { "content-type": "text/plain" }).end(answered.body ?? "");
      if (answered.delayMs) setTimeout(send, answered.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** Throws unless the message verifies with `secret` (signature and timestamp, by the library). */
    verify: (message: Received, secret: string) => new Webhook(secret).verify(message.body, message.headers) as { type: string; data: Record<string, unknown> },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // held requests too
      }),
  };
}

/** A URL on loopback where nothing listens. */
export async function downUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/hooks`;
}
