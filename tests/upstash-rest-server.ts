// A real Redis (Debian's redis-server) behind a small HTTP server that speaks Upstash's REST protocol
// (POST / with one command, /pipeline with many, bearer token, base64 answers on request), so @upstash/redis and @upstash/ratelimit run unchanged against it.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { createServer as createNetServer, type AddressInfo } from "node:net";
import Redis from "ioredis";

type Reply = unknown;

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function startRedis(): Promise<{ process: ChildProcess; port: number }> {
  const port = await freePort();
  const child = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const failed = new Promise<never>((_, reject) => {
    child.once("error", (error) =>
      reject(new Error(`redis-server could not start (${error.message}); .ci/run installs Debian's redis-server`)),
    );
    child.once("exit", (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  const ready = new Promise<void>((resolve) =>
    child.stdout!.on("data", (chunk: Buffer) => String(chunk).includes("Ready to accept connections") && resolve()),
  );
  await Promise.race([ready, failed]);
  return { process: child, port };
}

/**
 * Upstash accepts the script flag `allow-key-locking` (used by @upstash/ratelimit); Debian's Redis 7.0
 * does not. It only tunes locking, so the stand-in drops it. The EVALSHA of the flagged script then
 * misses and the library falls back to EVAL, as it does on any new server.
 */
function forRedis7(command: string[]): string[] {
  const [name, script, ...rest] = command;
  if (!/^eval$/i.test(name ?? "") || typeof script !== "string") return command;
  return [name, script.replace(/^#!lua flags=allow-key-locking/, "#!lua"), ...rest];
}

function encode(value: Reply): Reply {
  if (typeof value === "string") return Buffer.from(value).toString("base64");
  if (Array.isArray(value)) return value.map(encode);
  return value;
}

export async function startUpstashRestServer(token = "test-upstash-token") {
  const redis = await startRedis();
  const client = new Redis({ port: redis.port, host: "127.0.0.1", lazyConnect: false });
  const run = async (command: string[], base64: boolean): Promise<{ result?: Reply; error?: string }> => {
    try {
      const [name, ...args] = forRedis7(command);
      const result = await client.call(name, ...args);
      return { result: base64 ? encode(result) : result };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  };
  let calls = 0;
  const server: Server = createServer(async (incoming, outgoing) => {
    calls += 1;
    const answer = (status: number, body: unknown) =>
      outgoing.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (incoming.headers.authorization !== `Bearer ${token}`) return answer(401, { error: "Unauthorized" });
    let text = "";
    for await (const chunk of incoming) text += String(chunk);
    const base64 = String(incoming.headers["upstash-encoding"] ?? "").toLowerCase() === "base64";
    const path = new URL(incoming.url ?? "/", "http://x").pathname;
    const body = JSON.parse(text) as unknown;
    if (path === "/pipeline") {
      const results = [];
      for (const command of body as unknown[][]) results.push(await run(command.map(String), base64));
      return answer(200, results);
    }
    if (path !== "/") return answer(404, { error: "Not found" });
    const single = await run((body as unknown[]).map(String), base64);
    return answer(single.error ? 400 : 200, single);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    token,
    calls: () => calls,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      client.disconnect();
      redis.process.kill("SIGTERM");
    },
  };
}
