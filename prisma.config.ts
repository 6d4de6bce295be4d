import { defineConfig } from "prisma/config";

// process.env (not prisma's env()) so `prisma generate` works without a database URL.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "" },
});
