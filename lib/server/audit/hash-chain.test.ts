import { describe, expect, it } from "vitest";
import { canonicalJson } from "./canonical-json";
import { chainHash, GENESIS_HASH, verifyChainRows, type ChainRow } from "./hash-chain";

function buildChain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const fields = {
      organizationId: "org",
      actorId: "user",
      actorLabel: "a@example.com",
      action: "integration.update",
      outcome: "success",
      resourceType: "integration",
      resourceId: String(i),
      before: { name: `n${i}`, nested: { b: 1, a: 2 } },
      after: { name: `m${i}` },
      detail: null,
      requestId: `r${i}`,
      ip: "127.0.0.1",
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
    };
    const hash = chainHash(prev, fields);
    rows.push({ ...fields, id: BigInt(i), prevHash: prev, hash });
    prev = hash;
  }
  return rows;
}

describe("audit hash chain", () => {
  it("verifies an untouched chain", () => {
    expect(verifyChainRows(buildChain(5), GENESIS_HASH)).toMatchObject({ ok: true });
  });

  it("finds an edited row", () => {
    const rows = buildChain(5);
    rows[2] = { ...rows[2], after: { name: "forged" } };
    expect(verifyChainRows(rows, GENESIS_HASH)).toEqual({ ok: false, brokenAt: 3n });
  });

  it("hashes a resource name when set, and rows without one hash as before the column existed", () => {
    const [row] = buildChain(1);
    const { id: _id, prevHash: _prev, hash, ...fields } = row;
    expect(chainHash(GENESIS_HASH, { ...fields, resourceName: null })).toBe(hash);
    const named = chainHash(GENESIS_HASH, { ...fields, resourceName: "Warehouse" });
    expect(named).not.toBe(hash);
    const rows: ChainRow[] = [{ ...row, resourceName: "Warehouse", hash: named }];
    expect(verifyChainRows(rows, GENESIS_HASH)).toMatchObject({ ok: true });
    expect(verifyChainRows([{ ...rows[0], resourceName: "Renamed later" }], GENESIS_HASH)).toEqual({ ok: false, brokenAt: 1n });
  });

  it("finds a deleted row", () => {
    const rows = buildChain(5);
    rows.splice(1, 1);
    expect(verifyChainRows(rows, GENESIS_HASH)).toEqual({ ok: false, brokenAt: 3n });
  });

  it("finds a re-hashed row whose successor still points at the old hash", () => {
    const rows = buildChain(4);
    const forged = { ...rows[1], outcome: "denied" };
    forged.hash = chainHash(forged.prevHash, forged);
    rows[1] = forged;
    expect(verifyChainRows(rows, GENESIS_HASH)).toEqual({ ok: false, brokenAt: 3n });
  });

  it("hashes independently of key order (jsonb reorders keys)", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { y: 2, z: 1 }] }, b: 1 }),
    );
  });
});
