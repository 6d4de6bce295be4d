// A closed-loop load generator: N clients each sending the next request as soon as the last answered.
export type LoadResult = {
  requests: number;
  ok: number;
  failed: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  statuses: Record<string, number>;
  /** Every request: when it was sent (epoch ms) and how long its answer took. */
  samples: { sentAt: number; ms: number }[];
};

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function runLoad(options: {
  clients: number;
  seconds: number;
  send: (client: number, seq: number) => Promise<number>;
  ratePerSecond?: number;
}): Promise<LoadResult> {
  const samples: { sentAt: number; ms: number }[] = [];
  const statuses: Record<string, number> = {};
  let ok = 0;
  let failed = 0;
  const end = performance.now() + options.seconds * 1000;
  const started = performance.now();
  // Open-loop pacing when a rate is given: request k is due at start + k / rate.
  let next = 0;
  const due = () => (options.ratePerSecond ? started + (next++ * 1000) / options.ratePerSecond : 0);
  const client = async (id: number) => {
    for (let seq = 0; performance.now() < end; seq += 1) {
      const at = due();
      const wait = at - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (performance.now() >= end) break;
      const sent = performance.now();
      let status = 0;
      try {
        status = await options.send(id, seq);
      } catch {
        status = 0;
      }
      samples.push({ sentAt: performance.timeOrigin + sent, ms: performance.now() - sent });
      statuses[status] = (statuses[status] ?? 0) + 1;
      if (status >= 200 && status < 300) ok += 1;
      else failed += 1;
    }
  };
  await Promise.all(Array.from({ length: options.clients }, (_, id) => client(id)));
  return summarise({ samples, statuses, ok, failed, seconds: (performance.now() - started) / 1000 });
}

function summarise(counts: Pick<LoadResult, "samples" | "statuses" | "ok" | "failed" | "seconds">): LoadResult {
  const latencies = counts.samples.map((sample) => sample.ms).sort((a, b) => a - b);
  return {
    ...counts,
    requests: latencies.length,
    perSecond: counts.ok / counts.seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

/** One result from runs of the same requests (taken in turns with others, so both meet the same machine). */
export function mergeLoads(results: LoadResult[]): LoadResult {
  const statuses: Record<string, number> = {};
  for (const result of results)
    for (const [status, count] of Object.entries(result.statuses)) statuses[status] = (statuses[status] ?? 0) + count;
  const sum = (count: (result: LoadResult) => number) => results.reduce((total, result) => total + count(result), 0);
  return summarise({
    samples: results.flatMap((result) => result.samples),
    statuses,
    ok: sum((result) => result.ok),
    failed: sum((result) => result.failed),
    seconds: sum((result) => result.seconds),
  });
}

export function loadLine(label: string, result: LoadResult): string {
  return `${label.padEnd(44)} ${result.perSecond.toFixed(0).padStart(6)} orders/s   p50 ${result.p50.toFixed(1).padStart(6)} ms   p99 ${result.p99.toFixed(1).padStart(6)} ms   (${result.ok} ok, ${result.failed} failed ${JSON.stringify(result.statuses)})`;
}
