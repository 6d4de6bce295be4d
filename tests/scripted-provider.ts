// An upstream panel whose answers a test scripts: it counts every `add` it receives (the provider's own
// books), answers it with a chosen order id (providers reuse ids), can hold an `add` open forever (the
// sender then dies mid-request), and answers `status` with a chosen status.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Script = { orderId: string; hangOnAdd: boolean; status: Record<string, unknown> };

export async function startScriptedProvider(initial: Partial<Script> = {}) {
  const script: Script = {
    orderId: "777",
    hangOnAdd: false,
    status: { status: "In progress", charge: "0.5", start_count: "10", remains: "1000", currency: "USD" },
    ...initial,
  };
  const adds: Record<string, string>[] = [];
  const waiting: ((add: Record<string, string>) => void)[] = [];
  const hung: ServerResponse[] = [];
  const server = createServer(async (incoming, outgoing) => {
    let text = "";
    for await (const chunk of incoming) text += String(chunk);
    const fields = Object.fromEntries(new URLSearchParams(text));
    const answer = (body: unknown) => outgoing.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(body));
    switch (fields.action) {
      case "add":
        adds.push(fields);
        waiting.splice(0).forEach((resolve) => resolve(fields));
        if (script.hangOnAdd) return void hung.push(outgoing);
        return answer({ order: script.orderId });
      case "status":
        return answer(fields.orders ? Object.fromEntries(fields.orders.split(",").map((id) => [id, script.status])) : script.status);
      case "balance":
        return answer({ balance: "100.00", currency: "USD" });
      default:
        return answer({ error: "Incorrect request" });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v2`;
  return {
    url,
    script,
    /** Every `add` the provider received: what it would bill. */
    adds: () => adds.length,
    /** Resolves when the next `add` arrives. */
    nextAdd: () => new Promise<Record<string, string>>((resolve) => waiting.push(resolve)),
    close: () => {
      hung.splice(0).forEach((response) => response.destroy());
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
