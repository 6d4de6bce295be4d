// Makes `npm run dev` start cleanly after the last one was killed hard (kill -9, a lost terminal,
// the OOM killer). Two things such a kill leaves behind:
//  - Turbopack's persistent dev cache (.next/dev/cache/turbopack) half-written: on the next start every
//    request recompiles "changed" modules and each HMR update reloads the page, several times a
//    second, until the cache is deleted. It is dropped (one cold compile) instead.
//  - a `next dev` orphan, when only the script's process group was killed (Next runs in its own
//    group): it keeps the port and a pool to the dead database. It is stopped.
// A marker holding this script's pid exists while `next dev` runs and is removed after a clean stop.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const CACHE_DIR = path.join(".next", "dev", "cache", "turbopack");
const NEXT_LOCK = path.join(".next", "dev", "lock");
const MARKER = path.join(".next", "panel-dev-running");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readPid(file: string, read: (text: string) => unknown = (text) => text): number | null {
  if (!existsSync(file)) return null;
  try {
    const pid = Number(read(readFileSync(file, "utf8")));
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** Before `next dev`: clears what a hard kill of the last run left, then marks this run. */
export async function recoverFromUncleanStop(log: (line: string) => void): Promise<void> {
  if (!existsSync(MARKER)) return markRunning();
  const previous = readPid(MARKER);
  // Another dev server of this checkout is running: leave it alone; Next's own lock refuses this start.
  if (previous !== null && alive(previous)) return;
  await stopOrphan(log);
  if (existsSync(CACHE_DIR)) {
    rmSync(CACHE_DIR, { recursive: true, force: true });
    log(
      "The last `npm run dev` did not stop cleanly: dropped Turbopack's dev cache (.next/dev/cache/turbopack), which a hard kill leaves inconsistent; the first pages compile from scratch",
    );
  }
  markRunning();
}

/** After `next dev` stopped on its own terms (its cache written): the next start may keep the cache. */
export function markStoppedCleanly(): void {
  if (readPid(MARKER) === process.pid) rmSync(MARKER, { force: true });
}

function markRunning(): void {
  mkdirSync(path.dirname(MARKER), { recursive: true });
  writeFileSync(MARKER, String(process.pid));
}

async function stopOrphan(log: (line: string) => void): Promise<void> {
  const pid = readPid(NEXT_LOCK, (text) => (JSON.parse(text) as { pid?: unknown }).pid);
  if (pid === null || !alive(pid)) return;
  let group: number;
  try {
    group = Number(execFileSync("ps", ["-o", "pgid=", "-p", String(pid)], { encoding: "utf8" }).trim());
  } catch {
    return; // no ps (Windows): Next's lock message names the pid to stop
  }
  if (!Number.isSafeInteger(group) || group <= 1) return;
  log(`Stopping the Next.js dev server (pid ${pid}) that the last \`npm run dev\` left running`);
  process.kill(-group, "SIGTERM");
  for (let waited = 0; waited < 10_000 && alive(pid); waited += 200) await new Promise((resolve) => setTimeout(resolve, 200));
  if (alive(pid)) process.kill(-group, "SIGKILL");
}
