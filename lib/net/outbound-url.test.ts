import type { LookupAddress } from "node:dns";
import { describe, expect, it } from "vitest";
import { parseAllowList } from "./allow-list";
import {
  checkOutboundUrl,
  guardedLookup,
  OutboundRefused,
  OutboundUrlInvalid,
  privateTargetsRefused,
  type OutboundRules,
} from "./outbound-url";

const dns: Record<string, LookupAddress[]> = {
  "provider.example": [{ address: "93.184.216.34", family: 4 }],
  "mixed.example": [
    { address: "93.184.216.34", family: 4 },
    { address: "10.1.2.3", family: 4 },
  ],
  "internal.example": [{ address: "10.20.0.7", family: 4 }],
  "v6-metadata.example": [{ address: "fd00:ec2::254", family: 6 }],
};
const resolve = async (hostname: string) => {
  const found = dns[hostname];
  if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: "ENOTFOUND" });
  return found;
};
const production = (allow = ""): OutboundRules => ({ blockPrivate: true, allow: parseAllowList(allow).list, resolve });
const local: OutboundRules = { blockPrivate: false, allow: parseAllowList("").list, resolve };

async function refusal(url: string, rules: OutboundRules) {
  const error = await checkOutboundUrl(url, rules).then(
    () => null,
    (caught: unknown) => caught,
  );
  return error instanceof OutboundRefused ? error.range : error;
}

describe("checkOutboundUrl with production rules", () => {
  it.each([
    ["http://127.0.0.1/api/v2", "loopback"],
    ["http://0x7f000001/", "loopback"],
    ["http://2130706433/", "loopback"],
    ["http://0177.0.0.1/", "loopback"],
    ["http://127.1/", "loopback"],
    ["http://0.0.0.0:3000/", "unspecified"],
    ["http://[::1]/", "loopback"],
    ["http://[::]/", "unspecified"],
    ["http://[::ffff:127.0.0.1]/", "loopback"],
    ["http://[::ffff:a9fe:a9fe]/", "linkLocal"],
    ["http://169.254.169.254/latest/meta-data/", "linkLocal"],
    ["http://[fe80::1]/", "linkLocal"],
    ["http://10.0.0.1/", "private"],
    ["https://192.168.0.10/", "private"],
    ["http://100.64.1.1/", "carrierGradeNat"],
    ["http://[fd12:3456::1]/", "uniqueLocal"],
    ["http://224.0.0.251/", "multicast"],
    ["http://internal.example/api/v2", "private"],
    ["http://v6-metadata.example/", "uniqueLocal"],
    ["http://mixed.example/", "private"],
  ])("refuses %s (%s)", async (url, range) => {
    expect(await refusal(url, production())).toBe(range);
  });

  it("passes a public address or a name resolving only to public addresses", async () => {
    expect(await refusal("https://provider.example/api/v2?x=1", production())).toBeNull();
    expect(await refusal("http://93.184.216.34/api/v2", production())).toBeNull();
  });

  it("passes what OUTBOUND_ALLOWED_HOSTS names: a host name, an address, a range", async () => {
    expect(await refusal("http://internal.example/", production("internal.example"))).toBeNull();
    expect(await refusal("http://127.0.0.1:3000/", production("127.0.0.1"))).toBeNull();
    expect(await refusal("http://[::1]/", production("::1"))).toBeNull();
    expect(await refusal("http://10.9.8.7/", production("10.0.0.0/8"))).toBeNull();
    expect(await refusal("http://internal.example/", production("10.20.0.0/16"))).toBeNull();
    // A name on the list does not allow the address it stands for, nor the other way round.
    expect(await refusal("http://127.0.0.1/", production("localhost"))).toBe("loopback");
    expect(await refusal("http://10.9.8.7/", production("10.20.0.0/16"))).toBe("private");
  });

  it("refuses a URL that is not http(s) or carries credentials, before any lookup, in every mode", async () => {
    for (const rules of [production(), local]) {
      for (const url of ["ftp://provider.example/", "file:///etc/passwd", "http://user:pass@provider.example/", "not a url"]) {
        expect(await refusal(url, rules)).toBeInstanceOf(OutboundUrlInvalid);
      }
    }
  });

  it("local rules let loopback through (the demo provider runs on localhost)", async () => {
    expect(await refusal("http://127.0.0.1:3000/api/demo-provider/v2", local)).toBeNull();
    expect(await refusal("http://localhost:3000/", local)).toBeNull();
  });
});

describe("guardedLookup", () => {
  const lookupOf = (rules: OutboundRules, hostname: string, all: boolean) =>
    new Promise((done) =>
      guardedLookup(rules)(hostname, { all }, (error, address, family) => done(error ? { error } : { address, family })),
    );

  it("answers the socket with the checked addresses only, and refuses a private answer", async () => {
    expect(await lookupOf(production(), "provider.example", false)).toEqual({ address: "93.184.216.34", family: 4 });
    expect(await lookupOf(production(), "provider.example", true)).toEqual({
      address: [{ address: "93.184.216.34", family: 4 }],
      family: undefined,
    });
    expect(await lookupOf(production(), "internal.example", true)).toMatchObject({ error: expect.any(OutboundRefused) });
    expect(await lookupOf(production("internal.example"), "internal.example", false)).toEqual({ address: "10.20.0.7", family: 4 });
  });
});

describe("privateTargetsRefused", () => {
  it("applies in server and serverless modes, not in local mode (where the demo provider answers on localhost)", () => {
    expect(privateTargetsRefused({ PANEL_MODE: "server" })).toBe(true);
    expect(privateTargetsRefused({ PANEL_MODE: "serverless" })).toBe(true);
    expect(privateTargetsRefused({ PANEL_MODE: "local" })).toBe(false);
  });
});
