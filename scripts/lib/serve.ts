// Shared by `npm run dev` and `npm start`: environment, database, migrations, demo data, then Next.
import { spawn } from "node:child_process";
import { launchMode } from "./launch-mode";
import { ensureLocalSecrets, loadEnvFiles } from "./local-env";
import { prepareDatabase } from "./prepare-database";

const log = (line: string) => console.log(`[panel] ${line}`);

export async function serve(mode: "dev" | "start"): Promise<void> {
  const startedAt = Date.now();
  loadEnvFiles();
  const runtime = launchMode(log);
  if (runtime === "local") ensureLocalSecrets(log);
  const { embedded } = await prepareDatabase(log, runtime);

  // Local mode (embedded database): the built-in demo provider and sandbox gateway work even under
  // `next start` (both stay off in production otherwise).
  if (embedded) {
    process.env.DEMO_PROVIDER_ENABLED ??= "1";
    process.env.SANDBOX_GATEWAY_ENABLED ??= "1";
  }
  const port = process.env.PORT ?? "3000";
  process.env.APP_URL ??= `http://localhost:${port}`;
  if (runtime === "local" && (embedded || process.env.PANEL_SEED_DEMO === "1")) {
    const { seedDemoData, DEMO_ACCOUNTS } = await import("../db/seed-data");
    const { created } = await seedDemoData();
    if (created.length) log(`Seeded demo accounts: ${created.join(", ")}`);
    const { seedDemoProvider, demoProviderUrl, DEMO_PROVIDER_KEY } = await import("@/lib/demo-provider/seed-demo-provider");
    // PANEL_DEMO_PROVIDER_QUERY: URL switches for the seeded demo provider (the browser tests make orders finish in seconds).
    if (await seedDemoProvider(process.env.APP_URL, process.env.PANEL_DEMO_PROVIDER_QUERY ?? "")) log("Registered the built-in demo provider with its services imported at 25 % (Admin → Providers)");
    log(`Demo provider (API v2): ${demoProviderUrl(process.env.APP_URL)}  key: ${DEMO_PROVIDER_KEY}`);
    log("Demo sign-ins (local only):");
    for (const account of DEMO_ACCOUNTS) log(`  ${account.role.padEnd(8)} ${account.email}  /  ${account.password}`);
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  }

  log(`Starting Next.js (${mode}) at ${process.env.APP_URL} — ready in ${Date.now() - startedAt} ms so far`);
  // Its own process group, so stopping reaches next-server's workers too (killing `npx` alone does not).
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", mode, "-p", port], {
    stdio: "inherit",
    env: process.env,
    detached: true,
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  child.on("exit", (code) => void stop(code ?? 0));
}
