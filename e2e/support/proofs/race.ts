// The race proof, for any update verb: many writers update one object at once, each with the
// version it read (If-Match, or the version a console form loaded). Exactly one writer may win
// per version; every other writer gets 412 (or the verb's conflict result); the object ends as
// the last winner wrote it; and the object's audit trail holds one update event per winner.
// A dialect plugs its update verb in by implementing `UpdateVerb` (see update-verbs.ts).
import { expect } from "@playwright/test";

/** What one writer's attempt came to. `version` is the version it read and sent as precondition. */
export type WriteOutcome = { status: "won"; version: number; newVersion: number } | { status: "stale"; version: number } | { status: "other"; detail: string };

export type UpdateVerb<T = unknown> = {
  /** e.g. "Posit PATCH /__api__/v1/oauth/integrations/{guid}" */
  name: string;
  /** A fresh object to race on. */
  create(): Promise<T>;
  /** The object's current version and the value the race writes (e.g. its description). */
  read(target: T): Promise<{ version: number; value: string }>;
  /** One write of `value`, conditional on `version`. Must not throw for a refusal. */
  write(target: T, version: number, value: string): Promise<WriteOutcome>;
  /** Successful update events recorded for the object, in order, with the version each produced. */
  auditedUpdates(target: T): Promise<number[]>;
};

const WAVES = 5;

export type RaceResult = { writers: number; winners: number; stale: number };

/**
 * `writers` concurrent writers, all sent at once. Writer i sends the starting version plus i mod
 * WAVES: hundreds collide on each version, and a version exists only once a writer on the one
 * before it has won — so winners, if several, must form an unbroken run of versions.
 */
export async function race<T>(verb: UpdateVerb<T>, writers: number): Promise<RaceResult> {
  const target = await verb.create();
  const start = await verb.read(target);
  const outcomes = await Promise.all(
    Array.from({ length: writers }, async (_, i) => {
      const value = `writer ${i} of ${writers}`;
      const version = start.version + (i % WAVES);
      return { value, outcome: await verb.write(target, version, value) };
    }),
  );

  const unexpected = outcomes.filter((o) => o.outcome.status === "other");
  expect(unexpected.map((o) => (o.outcome as { detail: string }).detail), `${verb.name}: only wins and 412s`).toEqual([]);
  const winners = outcomes.filter((o) => o.outcome.status === "won") as { value: string; outcome: Extract<WriteOutcome, { status: "won" }> }[];
  const stale = outcomes.length - winners.length;

  // Exactly one winner per version: no two winners read the same version, each produced the
  // next one, and together they form an unbroken run from the starting version.
  const readVersions = winners.map((w) => w.outcome.version).sort((a, b) => a - b);
  expect(new Set(readVersions).size, `${verb.name}: two writers won on the same version`).toBe(readVersions.length);
  for (const w of winners) expect(w.outcome.newVersion).toBe(w.outcome.version + 1);
  expect(readVersions).toEqual(Array.from({ length: winners.length }, (_, i) => start.version + i));
  expect(winners.length).toBeGreaterThanOrEqual(1);

  // The final state is the last winner's write.
  const last = winners.reduce((a, b) => (b.outcome.newVersion > a.outcome.newVersion ? b : a));
  const final = await verb.read(target);
  expect(final).toEqual({ version: last.outcome.newVersion, value: last.value });

  // One audited update per winner, producing exactly the winners' versions.
  expect(await verb.auditedUpdates(target)).toEqual(winners.map((w) => w.outcome.newVersion).sort((a, b) => a - b));
  return { writers, winners: winners.length, stale };
}
