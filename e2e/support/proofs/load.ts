// A steady request load: `workers` loops, each running `step` until stopped. Every request goes
// through `track`, which counts it and keeps what failed (a non-2xx answer or a network error).
import { send, type Reply } from "./http";

export type Load = {
  requests: number;
  failures: string[];
  /** Stops the loops and waits for the requests in flight. */
  stop(): Promise<void>;
};

export function startLoad(workers: number, step: (worker: number, track: typeof send) => Promise<void>): Load {
  let running = true;
  const load: Load = { requests: 0, failures: [], stop: async () => {} };
  const track: typeof send = async (method, path, options) => {
    load.requests++;
    let reply: Reply;
    try {
      reply = await send(method, path, options);
    } catch (error) {
      load.failures.push(`${method} ${path}: ${(error as Error).cause ?? error}`);
      throw error;
    }
    if (reply.status < 200 || reply.status > 299) load.failures.push(`${method} ${path}: ${reply.status} ${reply.text.slice(0, 200)}`);
    return reply;
  };
  const loops = Array.from({ length: workers }, async (_, worker) => {
    while (running) await step(worker, track).catch(() => new Promise((r) => setTimeout(r, 50)));
  });
  load.stop = async () => {
    running = false;
    await Promise.all(loops);
  };
  return load;
}
