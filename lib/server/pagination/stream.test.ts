import { describe, expect, it } from "vitest";
import { jsonArrayResponse, keysetBatches } from "./stream";

/** A keyset source over 1..total that records each call (after, limit) and when it was made. */
function source(total: number, fail?: number) {
  const calls: (number | null)[] = [];
  const fetch = async (after: number | null, limit: number) => {
    calls.push(after);
    const from = (after ?? 0) + 1;
    if (fail !== undefined && from > fail) throw new Error("the database went away");
    return Array.from({ length: Math.max(0, Math.min(limit, total - from + 1)) }, (_, i) => from + i);
  };
  return { calls, fetch };
}

describe("keysetBatches", () => {
  it("reads every row once, in order, and asks for the next batch before the current one is handed on", async () => {
    const { calls, fetch } = source(7);
    const seen: number[] = [];
    const callsWhenYielded: number[] = [];
    for await (const batch of keysetBatches(fetch, (n) => n, 3)) {
      callsWhenYielded.push(calls.length);
      seen.push(...batch);
    }
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(calls).toEqual([null, 3, 6]);
    // A full batch arrives with its successor already asked for; the short last one ends the list.
    expect(callsWhenYielded).toEqual([2, 3, 3]);
  });

  it("stops after an exact multiple of the batch size with one empty read, and yields no empty batch", async () => {
    const { calls, fetch } = source(6);
    const batches: number[][] = [];
    for await (const batch of keysetBatches(fetch, (n) => n, 3)) batches.push(batch);
    expect(batches).toEqual([[1, 2, 3], [4, 5, 6]]);
    expect(calls).toEqual([null, 3, 6]);
  });

  it("surfaces a failed read to the reader that waits for it", async () => {
    const { fetch } = source(10, 3);
    const seen: number[] = [];
    await expect(async () => {
      for await (const batch of keysetBatches(fetch, (n) => n, 3)) seen.push(...batch);
    }).rejects.toThrow("the database went away");
    expect(seen).toEqual([1, 2, 3]);
  });

  it("leaves no unhandled rejection when the reader stops while the read ahead fails", async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on("unhandledRejection", onUnhandled);
    try {
      const { fetch } = source(10, 3);
      for await (const batch of keysetBatches(fetch, (n) => n, 3)) {
        expect(batch).toEqual([1, 2, 3]);
        break; // a client that hung up after the first batch
      }
      await new Promise((r) => setTimeout(r, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });

  it("streams the batches as one JSON array", async () => {
    const { fetch } = source(5);
    const response = await jsonArrayResponse(keysetBatches(fetch, (n) => n, 2), (n) => ({ n }));
    expect(JSON.parse(await response.text())).toEqual([1, 2, 3, 4, 5].map((n) => ({ n })));
  });
});
