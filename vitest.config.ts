import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["{lib,scripts,app,components}/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
          setupFiles: ["tests/setup-unit.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["{lib,scripts,app,tests}/**/*.int.test.ts"],
          globalSetup: ["tests/global-setup-db.ts"],
          // next-auth imports "next/server" without an extension, which Node's ESM loader cannot
          // resolve; bundling it lets tests call Auth.js's own handlers.
          server: { deps: { inline: ["next-auth", "@auth/core"] } },
          setupFiles: ["tests/setup-integration.ts"],
          // One embedded PostgreSQL for all files; files run one after another, tests inside them
          // still hit it concurrently where they mean to.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
