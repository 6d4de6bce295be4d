import { defineConfig } from "prisma/config";

// process.env (not prisma's env()) so `prisma generate` works without a database URL. Migrations go
// through DIRECT_URL when set: a transaction pooler (Supabase's port 6543, PgBouncer) cannot hold the
// session advisory lock `prisma migrate` takes; the app itself uses the pooled DATABASE_URL.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DIRECT_URL || process.env.DATABASE_URL || "" },
});
