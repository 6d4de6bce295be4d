import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "@/lib/env";
import { databaseSettings, poolConfig } from "./connection-options";
import { PrismaClient } from "./generated/client";

// The pooled DATABASE_URL at run time (migrations use DIRECT_URL); TLS, pool and timeouts from env.
function createClient() {
  const config = env();
  const adapter = new PrismaPg(poolConfig(config.DATABASE_URL, databaseSettings(config)));
  // Password hashes are left out of every query unless one asks for them explicitly. A burst (a reseller's
  // 32 parallel `add`s, 50 orders on one wallet) queues for the pool's connections longer than Prisma's
  // default 2 s before a transaction starts: waiting up to 10 s beats failing an order that would succeed.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true, totpSecret: true } }, transactionOptions: { maxWait: 10_000 } });
}

export type Db = ReturnType<typeof createClient>;
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

// One client per process, kept on globalThis so dev-mode reloads do not open new pools, and created
// on first use so that `next build` (which loads every route module) needs no DATABASE_URL.
const holder = globalThis as unknown as { prisma?: Db };

function client(): Db {
  holder.prisma ??= createClient();
  return holder.prisma;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const real = client();
    const value: unknown = Reflect.get(real, property, real);
    return typeof value === "function" ? value.bind(real) : value;
  },
});
