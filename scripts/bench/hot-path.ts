// The API's hot reads next to the no-auth, no-DB Next route (`/__api__/server_settings`), measured
// in alternating pairs (floor, read, floor, read): on a shared machine one sample of each is too
// noisy, so each read's share of the floor's req/s and its p99 over the floor's p99 are the mean
// of its pairs. Targets: share ≥ 75 %, p99 ≤ 1.5× the floor's, 0 errors.
import autocannon from "autocannon";
import { record } from "./figures";
import { authorization, HOT, type BenchContext } from "./endpoints";

type Options = { base: string; key: string; email: string; bench: BenchContext; connections: number; duration: number; pairs?: number; say: (m: string) => void };
type Sample = { rps: number; p50: number; p99: number; bad: number };

export async function benchHotPath({ base, key, email, bench, connections, duration, pairs = 2, say }: Options) {
  const warmed = new Set<string>();
  const load = async (url: string, headers: Record<string, string>): Promise<Sample> => {
    if (!warmed.has(url)) await autocannon({ url, connections, duration: Math.min(3, duration), headers }); // JIT, pools, caches
    warmed.add(url);
    const r = await autocannon({ url, connections, duration, headers });
    return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors };
  };
  const floorUrl = `${base}/__api__/server_settings`;
  const floors: Sample[] = [];
  for (const endpoint of HOT) {
    say(`hot: ${endpoint.name} (${pairs} alternating pairs with the no-DB route)…`);
    const headers = { Authorization: authorization(endpoint.auth, key, email) };
    const shares: number[] = [];
    const p99s: number[] = [];
    const reads: Sample[] = [];
    for (let i = 0; i < pairs; i++) {
      const floor = await load(floorUrl, {});
      const read = await load(`${base}${endpoint.path(bench)}`, headers);
      floors.push(floor);
      reads.push(read);
      shares.push(read.rps / floor.rps);
      p99s.push(read.p99 / Math.max(floor.p99, 1));
    }
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const rps = mean(reads.map((r) => r.rps));
    record(`${endpoint.name}: share of the no-DB route (${Math.round(rps)} req/s, p50 ${mean(reads.map((r) => r.p50)).toFixed(1)} ms)`, 100 * mean(shares), "%", { atLeast: 75 });
    record(`  … p99 over the no-DB route's p99 (${mean(reads.map((r) => r.p99)).toFixed(0)} ms)`, mean(p99s), "×", { atMost: 1.5 });
    record("  … non-2xx or errors", reads.reduce((a, r) => a + r.bad, 0), "", { atMost: 0 });
  }
  const mean = (f: (s: Sample) => number) => floors.reduce((a, s) => a + f(s), 0) / floors.length;
  record(`Next route, no auth, no DB (server_settings), mean of ${floors.length}: req/s (p50 ${mean((s) => s.p50).toFixed(1)} ms, p99 ${mean((s) => s.p99).toFixed(0)} ms)`, mean((s) => s.rps), "req/s");
}
