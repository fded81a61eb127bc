import "server-only";
// One PrismaClient per process over the pg driver adapter (Prisma 6 "client" engine: no native
// query engine binary). Created on first use, so `next build` can import services without a
// database, and reused across hot reloads in development.
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl } from "@/lib/env";
import { PrismaClient } from "./generated/client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function client(): PrismaClient {
  if (!globalForPrisma.prisma) {
    const adapter = new PrismaPg({ connectionString: databaseUrl(), max: 10 });
    // A burst of writers (say a thousand racing on one object) queues for the pool's 10
    // connections and for the audit chain's lock; Prisma's defaults (2 s to get a connection, 5 s
    // per transaction) turned that queue into 500s. Waiting longer is right: every write is short.
    globalForPrisma.prisma = new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 15_000 } });
  }
  return globalForPrisma.prisma;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_, property) {
    const real = client();
    const value = Reflect.get(real, property);
    return typeof value === "function" ? value.bind(real) : value;
  },
  // `"$transaction" in db` must see the real client: without this trap it asked the empty target,
  // so standalone audit events (denials, verify results, keys rotate) were appended outside a
  // transaction, their advisory lock released at once, and a concurrent append forked the chain.
  has(_, property) {
    return Reflect.has(client(), property);
  },
});

export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
export type Db = PrismaClient | Tx;
export { Prisma } from "./generated/client";
