import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { peerHeaderFor, PEER_HEADER } from "@/lib/http/peer-address";
import { clientIp, proxyTrust } from "./client-ip";

const from = (peer: string | null, extra: Record<string, string> = {}) =>
  new Headers({ ...(peer ? { [PEER_HEADER]: peerHeaderFor(peer) } : {}), ...extra });

describe("clientIp", () => {
  it("with no trusted proxy, is the TCP peer whatever forwarding headers the client sends", () => {
    const none = proxyTrust("none");
    expect(
      clientIp(from("203.0.113.9", { "x-forwarded-for": "6.6.6.6", "x-real-ip": "7.7.7.7", "x-vercel-forwarded-for": "8.8.8.8" }), none),
    ).toBe("203.0.113.9");
    expect(clientIp(from("::ffff:198.51.100.4"), none)).toBe("198.51.100.4");
    expect(clientIp(from(null, { "x-forwarded-for": "6.6.6.6" }), none)).toBe("unknown");
  });

  it("refuses a peer header the server did not stamp itself", () => {
    const forged = new Headers({ [PEER_HEADER]: "6.6.6.6 guessed-secret", "x-forwarded-for": "6.6.6.6" });
    expect(clientIp(forged, proxyTrust("none"))).toBe("unknown");
    expect(clientIp(new Headers({ [PEER_HEADER]: "6.6.6.6" }), proxyTrust("none"))).toBe("unknown");
  });

  it("behind listed proxies, takes the rightmost hop that is not one of them", () => {
    const trust = proxyTrust("127.0.0.1, 10.0.0.0/8, ::1");
    expect(clientIp(from("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 203.0.113.9" }), trust)).toBe("203.0.113.9");
    expect(clientIp(from("127.0.0.1", { "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.1.2.3" }), trust)).toBe("203.0.113.9");
    expect(clientIp(from("::1", { "x-forwarded-for": "203.0.113.9" }), trust)).toBe("203.0.113.9");
    expect(clientIp(from("127.0.0.1", { "x-forwarded-for": "not-an-ip" }), trust)).toBe("127.0.0.1");
    expect(clientIp(from("127.0.0.1"), trust)).toBe("127.0.0.1");
    // A peer that is not a listed proxy is the client, whatever it forwards.
    expect(clientIp(from("198.51.100.4", { "x-forwarded-for": "6.6.6.6" }), trust)).toBe("198.51.100.4");
  });

  it("on Vercel, believes only its edge's headers", () => {
    const vercel = proxyTrust("vercel");
    expect(clientIp(new Headers({ "x-vercel-forwarded-for": "203.0.113.9", "x-forwarded-for": "6.6.6.6" }), vercel)).toBe("203.0.113.9");
    expect(clientIp(new Headers({ "x-real-ip": "203.0.113.10" }), vercel)).toBe("203.0.113.10");
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6" }), vercel)).toBe("unknown");
  });
});

describe("TRUSTED_PROXY", () => {
  const base = {
    DATABASE_URL: "postgresql://u:p@localhost/db",
    AUTH_SECRET: "x".repeat(32),
    ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
  };
  it("is optional and accepts none, vercel or a list of addresses and ranges", () => {
    expect(parseEnv(base).TRUSTED_PROXY).toBeUndefined();
    expect(parseEnv({ ...base, TRUSTED_PROXY: "none" }).TRUSTED_PROXY).toBe("none");
    expect(parseEnv({ ...base, TRUSTED_PROXY: "vercel" }).TRUSTED_PROXY).toBe("vercel");
    expect(parseEnv({ ...base, TRUSTED_PROXY: "127.0.0.1, ::1, 10.0.0.0/8, fd00::/8" }).TRUSTED_PROXY).toBe(
      "127.0.0.1, ::1, 10.0.0.0/8, fd00::/8",
    );
  });
  it("names the variable when it is malformed", () => {
    for (const bad of ["yes", "10.0.0.0/33", "127.0.0.1,,", "proxy.example"]) {
      expect(() => parseEnv({ ...base, TRUSTED_PROXY: bad })).toThrow(/TRUSTED_PROXY: /);
    }
  });
});
