import "server-only";
// Unpaged lists that a dialect's contract demands (Posit's GET /v1/oauth/integrations) at any
// size, in constant memory: rows are read `batchSize` at a time by keyset (WHERE key > last key
// ORDER BY key LIMIT n — each batch costs the same however deep), and the response is a JSON
// array streamed as the client reads it (pull-based, so a slow client holds one batch, not the
// list). The first batch is read before the response starts, so a failing query still gets a
// proper error response; a failure later can only cut the stream (the client sees invalid JSON).

export const STREAM_BATCH_SIZE = 500;

/**
 * Every row of a keyset-ordered query, batch by batch. `fetch(after, limit)` must order by the key.
 * The next batch is asked for as soon as a full one arrives, so the database reads it while this
 * one is serialized and written (one batch ahead at most: memory stays constant).
 */
export async function* keysetBatches<Row, Key>(
  fetch: (after: Key | null, limit: number) => Promise<Row[]>,
  keyOf: (row: Row) => Key,
  batchSize = STREAM_BATCH_SIZE,
): AsyncGenerator<Row[]> {
  let next: Promise<Row[]> = fetch(null, batchSize);
  for (;;) {
    const rows = await next;
    const full = rows.length >= batchSize;
    if (full) {
      next = fetch(keyOf(rows[rows.length - 1]), batchSize);
      // A reader that stops early leaves this read unawaited: its failure must not surface as an
      // unhandled rejection (awaiting `next` still throws it).
      next.catch(() => undefined);
    }
    if (rows.length > 0) yield rows;
    if (!full) return;
  }
}

/**
 * A 200 response whose body is `[item, item, …]`, written batch by batch — or, with `property`,
 * `{"<property>":[item, …]}` (HDP's `{"applications":[…]}`).
 */
export async function jsonArrayResponse<T>(batches: AsyncIterable<T[]>, toJson: (item: T) => unknown, init: ResponseInit = {}, property?: string): Promise<Response> {
  const open = property === undefined ? "[" : `{${JSON.stringify(property)}:[`;
  const close = property === undefined ? "]" : "]}";
  const iterator = batches[Symbol.asyncIterator]();
  let pending: IteratorResult<T[]> | null = await iterator.next();
  let first = true;
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = pending ?? (await iterator.next());
      pending = null;
      if (next.done) {
        controller.enqueue(encoder.encode(first ? `${open}${close}` : close));
        controller.close();
        return;
      }
      const parts = next.value.map((item) => JSON.stringify(toJson(item)));
      if (parts.length === 0) return;
      controller.enqueue(encoder.encode((first ? open : ",") + parts.join(",")));
      first = false;
    },
    async cancel() {
      await iterator.return?.(undefined);
    },
  });
  const headers = new Headers(init.headers);
  headers.set("content-type", "application/json");
  return new Response(body, { ...init, headers });
}
