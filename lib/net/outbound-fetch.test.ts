import type { LookupAddress } from "node:dns";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseAllowList } from "./allow-list";
import { outboundFetch } from "./outbound-fetch";
import { checkOutboundUrl, OUTBOUND_REFUSED, type OutboundRules } from "./outbound-url";

let server: http.Server;
let port = 0;
let received = 0;

beforeAll(async () => {
  server = http.createServer((_req, res) => {
    received += 1;
    res.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => new Promise<void>((resolve) => server.close(() => resolve())));

const init = () => ({ method: "GET", headers: {}, redirect: "manual" as const, signal: AbortSignal.timeout(2_000) });
const loopback: LookupAddress[] = [{ address: "127.0.0.1", family: 4 }];

describe("outboundFetch", () => {
  it("connects where the guard's lookup says: an allow-listed name resolving to loopback is reached", async () => {
    const rules: OutboundRules = { blockPrivate: true, allow: parseAllowList("provider.test").list, resolve: async () => loopback };
    const before = received;
    const response = await outboundFetch(await checkOutboundUrl(`http://provider.test:${port}/`, rules), init(), rules);
    expect(await response.text()).toBe("ok");
    expect(received).toBe(before + 1);
  });

  it("re-checks at connect time: a name that answers public for the check and loopback for the socket gets nothing sent", async () => {
    let lookups = 0;
    const rebinding = async (): Promise<LookupAddress[]> => (++lookups === 1 ? [{ address: "93.184.216.34", family: 4 }] : loopback);
    const rules: OutboundRules = { blockPrivate: true, allow: parseAllowList("").list, resolve: rebinding };
    const before = received;
    const url = await checkOutboundUrl(`http://rebind.test:${port}/`, rules);
    const failure = await outboundFetch(url, init(), rules).then(
      () => null,
      (error: unknown) => error as Error,
    );
    expect((failure?.cause as { code?: string } | undefined)?.code).toBe(OUTBOUND_REFUSED);
    expect(lookups).toBe(2);
    expect(received).toBe(before);
  });
});
