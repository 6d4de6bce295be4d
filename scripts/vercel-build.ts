// Vercel's build command (vercel.json): migrate when deployMigrationPlan says so, then `next build`.
// Migrations run through the project's own migrator (scripts/db/migrate.ts deploy), which needs no
// download, with the same TLS options as the app (DATABASE_CA_CERT / DATABASE_CA_CERT_FILE).
import { spawnSync } from "node:child_process";
import { deployMigrationPlan } from "./lib/deploy-migration-plan";

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const plan = deployMigrationPlan(process.env);
if ("error" in plan) {
  console.error(`Build stopped: ${plan.error}`);
  process.exit(1);
}
if (plan.migrate) {
  console.log(`Applying migrations (VERCEL_ENV=${process.env.VERCEL_ENV}) through DIRECT_URL`);
  run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/db/migrate.ts", "deploy"], { ...process.env, DIRECT_URL: plan.url });
} else {
  console.log(`Migrations skipped: ${plan.reason}`);
}
run(process.execPath, ["node_modules/next/dist/bin/next", "build"]);
