// The server's V8 major collections, read from its `--trace-gc` output, and which requests of a load
// run were in flight during one: on a machine whose two cores also run the database and the load
// generator, a major collection holds every request up at once, and that is what a tail is made of.
import type { Readable } from "node:stream";
import { percentile } from "./load";

/** A major collection (Mark-Compact): from the start of its marking to its end (epoch ms), and its final pause. */
export type MajorGc = { from: number; to: number; pauseMs: number };

// `--trace-gc` prints, as each collection ends: "… 44207 ms: Mark-Compact 246.0 (324.2) -> 116.6 (285.1) MB,
// 19.18 / 1.10 ms (+ 32.0 ms in 37 steps since start of marking, …, walltime since start of marking 134 ms) …"
// (an incremental one; one that was not says no more than its pause). The server's output is line
// buffered and read as it comes, so "now" is the collection's end.
export function readGcTrace(stdout: Readable, into: MajorGc[]): void {
  let pending = "";
  stdout.setEncoding("utf8");
  stdout.on("data", (chunk: string) => {
    const lines = (pending + chunk).split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) {
      const found = /Mark-Compact .*?MB, ([\d.]+) \/ [\d.]+ ms(?:.*?walltime since start of marking (\d+) ms)?/.exec(line);
      if (!found) continue;
      const to = Date.now();
      into.push({ from: to - Math.max(Number(found[2] ?? 0), Number(found[1])), to, pauseMs: Number(found[1]) });
    }
  });
}

/**
 * The requests a major collection held up: in flight during it, or sent within `drainMs` after its end
 * (while the requests it stopped are still being answered); the p99 of the others, and how many requests
 * took longer than `slowMs` at all and near a collection.
 */
export function heldUpByMajorGc(samples: { sentAt: number; ms: number }[], gcs: MajorGc[], { drainMs = 250, slowMs = 50 } = {}) {
  const from = samples.length ? Math.min(...samples.map((sample) => sample.sentAt)) : 0;
  const to = samples.length ? Math.max(...samples.map((sample) => sample.sentAt + sample.ms)) : 0;
  const during = gcs.filter((gc) => gc.to > from && gc.from < to);
  const near = (sample: { sentAt: number; ms: number }) =>
    during.some((gc) => sample.sentAt < gc.to + drainMs && sample.sentAt + sample.ms > gc.from);
  const held = new Set(samples.filter(near));
  const rest = samples
    .filter((sample) => !held.has(sample))
    .map((sample) => sample.ms)
    .sort((a, b) => a - b);
  const slow = samples.filter((sample) => sample.ms > slowMs);
  return {
    collections: during,
    held: held.size,
    restP99: percentile(rest, 99),
    slow: slow.length,
    slowNearGc: slow.filter((sample) => held.has(sample)).length,
  };
}
