// The TLS terminator a production host has in front of `next start` (Vercel's edge, nginx, a load
// balancer): https on one port, plain http to Next on another, X-Forwarded-Proto/Host set.
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { createServer } from "node:https";

export async function startTlsProxy(options: {
  port: number;
  targetPort: number;
  cert: string;
  key: string;
}): Promise<{ stop: () => Promise<void> }> {
  const server = createServer({ cert: readFileSync(options.cert), key: readFileSync(options.key) }, (req, res) => {
    const upstream = request(
      {
        host: "127.0.0.1",
        port: options.targetPort,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, "x-forwarded-proto": "https", "x-forwarded-host": req.headers.host ?? "" },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on("error", () => res.headersSent || res.writeHead(502).end("bad gateway"));
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return { stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
