// Resident memory of a process tree (the launcher, next-server, …), PostgreSQL's processes left
// out: what the app's processes hold while they stream a list.
import { readdirSync, readFileSync } from "node:fs";

export function treeRssMb(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1].split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      /* gone */
    }
  }
  let kb = 0;
  const visit = (p: number) => {
    try {
      const status = readFileSync(`/proc/${p}/status`, "utf8");
      const name = /Name:\s+(\S+)/.exec(status)?.[1] ?? "";
      if (!name.startsWith("postgres")) kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
    } catch {
      /* gone */
    }
    for (const c of children.get(p) ?? []) visit(c);
  };
  visit(pid);
  return kb / 1024;
}

/** Runs `work` while sampling the tree's memory every 25 ms; returns its result and the peak. */
export async function withPeakMemory<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; before: number; peak: number }> {
  const before = treeRssMb(pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(pid))), 25);
  try {
    const result = await work();
    peak = Math.max(peak, treeRssMb(pid));
    return { result, before, peak };
  } finally {
    clearInterval(sampler);
  }
}
