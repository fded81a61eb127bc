// Prisma CLI configuration. Prisma 6.19 runs its WebAssembly schema engine through the pg
// driver adapter (no downloaded engine binaries: these machines are offline).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { databaseUrl, ensureDatabaseUrlForTooling } from "./lib/env";

ensureDatabaseUrlForTooling();

// adapter-pg 6.19 rejects catalog columns of type `name` / `"char"` (and their arrays) that the
// schema engine reads while migrating (prisma/orm#27403). Report them as text / text[]; this
// patch lives only in the CLI process, never in the app.
const AS_TEXT: Record<number, number> = { 19: 25, 18: 25, 1003: 1009, 1002: 1009 };
type Result = { fields?: { dataTypeID: number }[] } | undefined;
const asText = (r: Result) => {
  for (const field of r?.fields ?? []) field.dataTypeID = AS_TEXT[field.dataTypeID] ?? field.dataTypeID;
  return r;
};
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
(pg.Client.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const last = args.length - 1;
  if (typeof args[last] === "function") {
    const callback = args[last] as (err: unknown, r: Result) => void;
    args[last] = (err: unknown, r: Result) => callback(err, asText(r));
  }
  const result = originalQuery.apply(this, args);
  return result instanceof Promise ? result.then(asText) : result;
};

export default defineConfig({
  schema: "prisma/schema.prisma",
  experimental: { adapter: true },
  engine: "js",
  // allowExitOnIdle: otherwise every migrate command lingers ~10 s on the pool's idle timer.
  adapter: async () => new PrismaPg({ connectionString: databaseUrl(), allowExitOnIdle: true }),
});
