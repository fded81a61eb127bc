// Webhook delivery latency in `npm run bench`: a loopback receiver subscribed to
// `integration.created` (made with the operator's CLI), then integrations created one after another
// through Posit's API; each event's latency runs from the create's response to the signed request
// arriving at the receiver (the outbox row commits with the create, the worker is woken by
// LISTEN/NOTIFY). Printed for information: p50, p95 and the slowest.
import http from "node:http";
import { record } from "./figures";

type Options = { base: string; key: string; organizationSlug: string; cli: (args: string[]) => string; events: number; say: (m: string) => void };

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export async function benchWebhooks({ base, key, organizationSlug, cli, events, say }: Options) {
  const arrived = new Map<string, number>();
  const waiting = new Map<string, () => void>();
  const receiver = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const at = performance.now();
      res.writeHead(204).end();
      try {
        const id = (JSON.parse(Buffer.concat(chunks).toString("utf8")) as { data?: { resource?: { id?: string } } }).data?.resource?.id;
        if (id && !arrived.has(id)) {
          arrived.set(id, at);
          waiting.get(id)?.();
        }
      } catch {
        /* not an event of ours */
      }
    });
  });
  await new Promise<void>((r) => receiver.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/bench-hooks`;
  try {
    cli(["webhook", "create", "--org", organizationSlug, "--url", url, "--events", "integration.created"]);
    say(`webhooks: ${events} integrations created one after another, each event timed to the receiver…`);
    const latencies: number[] = [];
    for (let i = 0; i < events; i++) {
      const response = await fetch(`${base}/__api__/v1/oauth/integrations`, {
        method: "POST",
        headers: { Authorization: `Key ${key}`, "content-type": "application/json" },
        body: JSON.stringify({ name: `bench webhook ${i}`, template: "custom", config: { auth_type: "Service Account", token_uri: "https://login.example.com/oauth/token", client_id: "bench", client_secret: "bench-webhook-secret" } }),
      });
      if (!response.ok) throw new Error(`create: HTTP ${response.status} ${await response.text()}`);
      const created = performance.now();
      const { guid } = (await response.json()) as { guid: string };
      if (!arrived.has(guid)) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`webhook for ${guid} did not arrive within 30 s`)), 30_000);
          waiting.set(guid, () => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      latencies.push(Math.max(0, arrived.get(guid)! - created));
    }
    const sorted = [...latencies].sort((a, b) => a - b);
    record(`webhook delivery, event → receiver (${events} events): p50`, percentile(sorted, 50), "ms");
    record("  … p95", percentile(sorted, 95), "ms");
    record("  … slowest", sorted[sorted.length - 1], "ms");
  } finally {
    receiver.close();
  }
}
