import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { clientIp, proxyTrust } from "@/lib/auth/client-ip";
import { stampPeerAddresses } from "./peer-address";

describe("stampPeerAddresses", () => {
  it("gives every request on a real server its socket address, replacing what the client sent", async () => {
    stampPeerAddresses();
    const seen: string[] = [];
    const server = http.createServer((req, res) => {
      const headers = new Headers(Object.entries(req.headers).map(([name, value]): [string, string] => [name, String(value)]));
      seen.push(clientIp(headers, proxyTrust("none")));
      res.end("ok");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      for (const spoof of ["6.6.6.1", "6.6.6.2"]) {
        await fetch(`http://127.0.0.1:${port}/`, {
          headers: { "x-forwarded-for": spoof, "x-real-ip": spoof, "x-panel-peer": `${spoof} x` },
        });
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen).toEqual(["127.0.0.1", "127.0.0.1"]);
  });
});
