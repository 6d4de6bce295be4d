// CPU time per request by process (Linux /proc): the server, the database, the load generator and the
// kernel's own workers. On a machine that runs all of them, a throughput ratio mixes their costs; this
// says what a request costs each, which is what decides the web tier's bill and the database's size.
import { readdirSync, readFileSync } from "node:fs";

/** CPU ticks (user + system) so far of each process, by pid, with its owner. */
type Sample = Map<number, { owner: string; ticks: number }>;

const TICK_MS = 10; // USER_HZ is 100 on Linux.

function owner(pid: number, command: string): string {
  if (pid === process.pid) return "load generator";
  if (command.startsWith("next-server")) return "server (Node)";
  if (command === "postgres") return "database";
  if (command.startsWith("kworker")) return "kernel workers";
  return "other";
}

/** Empty where /proc is not there. */
export function sampleCpu(): Sample {
  const ticks: Sample = new Map();
  let pids: string[] = [];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return ticks;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const command = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      ticks.set(Number(pid), { owner: owner(Number(pid), command), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return ticks;
}

/** CPU ticks spent by each owner between two samples; `add` sums into an earlier result (runs in turns). */
export function cpuSpent(before: Sample, after: Sample, add = new Map<string, number>()): Map<string, number> {
  for (const [pid, { owner: who, ticks }] of after) add.set(who, (add.get(who) ?? 0) + ticks - (before.get(pid)?.ticks ?? 0));
  return add;
}

/**
 * "server (Node) 2.80 ms, database 2.00 ms, …" per request. A process that ended between the samples is
 * left out (its ticks went with it); one that started counts from zero.
 */
export function formatCpu(spent: Map<string, number>, requests: number): string {
  if (!spent.size || !requests) return "n/a (no /proc)";
  return ["server (Node)", "database", "load generator", "kernel workers"]
    .map((who) => `${who} ${(((spent.get(who) ?? 0) * TICK_MS) / requests).toFixed(2)} ms`)
    .join(", ");
}
