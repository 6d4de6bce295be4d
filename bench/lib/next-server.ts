// `next start` for the HTTP benchmarks: the production build on its own port over the bench database
// (DATABASE_URL set by startBenchDatabase), in its own process group so stopping reaches next-server.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readGcTrace, type MajorGc } from "./major-gc";

/** Refuses to go on without `next build` (the benchmarks measure the production server). */
export function requireProductionBuild(): void {
  if (existsSync(".next/BUILD_ID")) return;
  console.error("No production build: run `npm run build` first.");
  process.exit(1);
}

/**
 * Starts the server and resolves once GET /api/health answers; `stop()` ends it. BENCH_CPU_PROF=<dir>
 * runs it under `node --cpu-prof` (NODE_OPTIONS may not carry that flag), writing a .cpuprofile on stop.
 * `majorGcs` lists the server's major collections as V8 reports them (`--trace-gc`), so a benchmark can
 * tell the requests a collection held up from the others.
 */
export async function startNextServer(port: number): Promise<{ stop: () => void; majorGcs: MajorGc[] }> {
  // A server left over from an interrupted run would answer instead, and the figures would be its own.
  const taken = await fetch(`http://localhost:${port}/api/health`).then(
    () => true,
    () => false,
  );
  if (taken) throw new Error(`port ${port} already answers: stop the server left on it first`);
  // `stdbuf -oL`: V8 prints its GC trace through C's stdio, which holds a pipe's output back in blocks.
  const server = spawn(
    "stdbuf",
    [
      "-oL",
      process.execPath,
      ...(process.env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
      "--trace-gc",
      "node_modules/next/dist/bin/next",
      "start",
      "-p",
      String(port),
    ],
    {
      // A local run of the production build (local stand-ins), so the mode is said explicitly.
      env: { ...process.env, NODE_ENV: "production", PANEL_MODE: "local", APP_URL: `http://localhost:${port}` },
      detached: true,
      stdio: ["ignore", "pipe", "ignore"],
    },
  );
  const majorGcs: MajorGc[] = [];
  readGcTrace(server.stdout!, majorGcs);
  const stop = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  };
  for (let tries = 0; ; tries += 1) {
    const ready = await fetch(`http://localhost:${port}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (ready) return { stop, majorGcs };
    if (tries > 120) {
      stop();
      throw new Error("next start did not come up");
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** The floor under any route on this machine: GET /api/health (one `SELECT 1`, no auth, no body); its status. */
export function healthRequest(port: number): Promise<number> {
  return fetch(`http://localhost:${port}/api/health`).then(async (res) => {
    await res.arrayBuffer();
    return res.status;
  });
}
