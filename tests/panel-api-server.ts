// Panel B's reseller API (the real /api/v2 route handler) behind a real HTTP server on 127.0.0.1, so
// panel A's provider client reaches it over HTTP exactly as it reaches any upstream panel.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GET, POST } from "@/app/api/v2/route";

async function toRequest(incoming: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of incoming) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === "string") headers.set(name, value);
  const body = chunks.length ? Buffer.concat(chunks) : undefined;
  return new Request(new URL(incoming.url ?? "/", origin), {
    method: incoming.method,
    headers,
    body: incoming.method === "GET" ? undefined : body,
  });
}

export async function startPanelApiServer(): Promise<{ url: string; requests: () => string[]; close: () => Promise<void> }> {
  const actions: string[] = [];
  let origin = "";
  const server: Server = createServer(async (incoming, outgoing) => {
    const request = await toRequest(incoming, origin);
    actions.push(new URLSearchParams(await request.clone().text()).get("action") ?? "?");
    const response = incoming.method === "GET" ? await GET(request) : await POST(request);
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/api/v2`,
    requests: () => [...actions],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
