// An upstream panel whose answers a test scripts: it counts every `add` it receives (the provider's own
// books), answers it with a chosen order id (providers reuse ids) or refuses it with a chosen error text,
// can hold an `add` open forever (the sender then dies mid-request), answers `status` with a chosen status,
// and lists a chosen catalogue for `services`.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

type Script = {
  orderId: string;
  hangOnAdd: boolean;
  /** When set, every `add` is refused with this error text (nothing is created). */
  addError: string | null;
  status: Record<string, unknown>;
  /** Answers for particular ids (a drip-feed's or subscription's child orders); others get `status`. */
  byId: Record<string, unknown>;
  services: Record<string, unknown>[];
};

/** Two Default services, like the demo provider's "1" and "2". */
export const SCRIPTED_SERVICES = [
  { service: "1", name: "Scripted likes", type: "Default", category: "Instagram", rate: "0.5", min: "10", max: "100000", refill: true },
  { service: "2", name: "Scripted followers", type: "Default", category: "Instagram", rate: "0.9", min: "10", max: "100000" },
  { service: "3", name: "Scripted comments", type: "Custom Comments", category: "Instagram", rate: "4", min: "1", max: "1000" },
];

export async function startScriptedProvider(initial: Partial<Script> = {}) {
  const script: Script = {
    orderId: "777",
    hangOnAdd: false,
    addError: null,
    services: SCRIPTED_SERVICES,
    byId: {},
    status: { status: "In progress", charge: "0.5", start_count: "10", remains: "1000", currency: "USD" },
    ...initial,
  };
  const adds: Record<string, string>[] = [];
  const accepted: Record<string, string>[] = [];
  const statusCalls: string[][] = [];
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
        if (script.addError !== null) return answer({ error: script.addError });
        accepted.push(fields);
        return answer({ order: script.orderId });
      case "services":
        return answer(script.services);
      case "status":
        statusCalls.push((fields.orders ?? fields.order ?? "").split(","));
        if (!fields.orders) return answer(script.byId[fields.order] ?? script.status);
        return answer(Object.fromEntries(fields.orders.split(",").map((id) => [id, script.byId[id] ?? script.status])));
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
    /** The `add`s it took (answered with an order id), with what each asked for. */
    accepted: () => [...accepted],
    /** The ids of every `status` call, in order. */
    statusCalls: () => [...statusCalls],
    /** Resolves when the next `add` arrives. */
    nextAdd: () => new Promise<Record<string, string>>((resolve) => waiting.push(resolve)),
    close: () => {
      hung.splice(0).forEach((response) => response.destroy());
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
