// The load generator in a worker thread of its own. The benchmark process holds the whole app (it seeds
// through Prisma) and everything earlier phases left, so its major collections pause for tens of
// milliseconds, and a request in flight then is timed as slow although the server answered at once.
// A worker's heap holds only the requests in flight: a latency measured there is the server's.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { runLoad, type LoadResult } from "./load";

/** POSTs `body` to `url`; "{client}" and "{seq}" in the body are replaced, each client sends its own headers. */
export type HttpLoad = {
  clients: number;
  seconds: number;
  ratePerSecond?: number;
  url: string;
  headers: Record<string, string>[];
  body: string;
};

export function runHttpLoadInWorker(load: HttpLoad): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // The worker runs this same file, TypeScript, so it first registers tsx as the benchmark itself has.
    const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
    const worker = new Worker(boot, { eval: true, workerData: load });
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the load worker ended (exit code ${code}) without a result`)));
  });
}

if (!isMainThread && parentPort) {
  const load = workerData as HttpLoad;
  const result = await runLoad({
    clients: load.clients,
    seconds: load.seconds,
    ratePerSecond: load.ratePerSecond,
    send: (client, seq) =>
      fetch(load.url, {
        method: "POST",
        headers: load.headers[client % load.headers.length],
        body: load.body.replaceAll("{client}", String(client)).replaceAll("{seq}", String(seq)),
      }).then(async (res) => {
        await res.arrayBuffer();
        return res.status;
      }),
  });
  parentPort.postMessage(result);
}
