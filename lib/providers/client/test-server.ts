import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A throw-away API v2 provider on 127.0.0.1 for tests: records every request (form decoded) and
 * answers what the handler says, including never answering or dropping the connection.
 */
export type RecordedRequest = {
  method: string;
  path: string;
  contentType: string;
  rawBody: string;
  form: URLSearchParams;
  action: string | null;
};

export type Reply = {
  status?: number;
  /** A string is sent as is (HTML, broken JSON); anything else as JSON. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Accept the request and never answer. */
  hang?: boolean;
  /** Read the request, then close the connection without answering. */
  drop?: boolean;
};

export type Handler = (request: RecordedRequest, index: number) => Reply | Promise<Reply>;

export type TestProvider = {
  url: string;
  requests: RecordedRequest[];
  count(action?: string): number;
  close(): Promise<void>;
};

export async function startProvider(handler: Handler, path = "/api/v2"): Promise<TestProvider> {
  const requests: RecordedRequest[] = [];
  const server = http.createServer((req, res) => {
    let rawBody = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => (rawBody += chunk));
    req.on("end", () => {
      const form = new URLSearchParams(rawBody);
      const recorded = {
        method: req.method ?? "",
        path: req.url ?? "",
        contentType: req.headers["content-type"] ?? "",
        rawBody,
        form,
        action: form.get("action"),
      };
      requests.push(recorded);
      void Promise.resolve(handler(recorded, requests.length - 1)).then((reply) => send(req, res, reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${path}`,
    requests,
    count: (action) => requests.filter((request) => action === undefined || request.action === action).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(req: http.IncomingMessage, res: http.ServerResponse, reply: Reply) {
  if (reply.hang) return;
  if (reply.drop) {
    req.socket.destroy();
    return;
  }
  const text = typeof reply.body === "string" ? reply.body : JSON.stringify(reply.body ?? null);
  res.writeHead(reply.status ?? 200, {
    "content-type": typeof reply.body === "string" ? "text/html" : "application/json",
    ...reply.headers,
  });
  res.end(text);
}

/** A URL on which nothing listens (connection refused). */
export async function refusedUrl(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/api/v2`;
}
