// The launcher's database survives what happens to real machines: a launcher killed with SIGKILL
// (orphaned server), a server killed with SIGKILL (stale pid file), and the CLI attaching to a
// running console's server.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../../scripts/lib/embedded-postgres";

// Only the last server is still running; the earlier ones were stopped or killed on purpose.
let last: EmbeddedDatabase | undefined;
let dir = "";
afterAll(async () => {
  await last?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const postmasterPid = async () => Number((await readFile(path.join(dir, "postgres/postmaster.pid"), "utf8")).split("\n")[0]);

describe("embedded PostgreSQL lifecycle", () => {
  it("recovers from an orphaned server and from a SIGKILLed server, keeping committed rows", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "ic-embedded-"));
    const first = await startEmbeddedPostgres(dir);
    await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('committed')");

    // The CLI attaches to the running server instead of starting a second one.
    const attached = await startEmbeddedPostgres(dir, () => {}, { reuseRunning: true });
    expect(attached.url).toBe(first.url);

    // A new launcher finds the old one's server still running (launcher SIGKILLed): it stops it
    // and starts its own.
    const orphan = await postmasterPid();
    const second = await startEmbeddedPostgres(dir);
    expect(await postmasterPid()).not.toBe(orphan);
    expect(await query(second.url, "SELECT v FROM kept")).toEqual([{ v: "committed" }]);

    // The server itself SIGKILLed: a stale pid file, recovered by PostgreSQL's WAL replay.
    process.kill(await postmasterPid(), "SIGKILL");
    await new Promise((r) => setTimeout(r, 300));
    const third = await startEmbeddedPostgres(dir);
    last = third;
    expect(await query(third.url, "SELECT v FROM kept")).toEqual([{ v: "committed" }]);
  });
});
