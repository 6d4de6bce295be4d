import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";
import { peerAddress } from "@/lib/http/peer-address";

export type ProxyTrust = { kind: "none" } | { kind: "vercel" } | { kind: "list"; proxies: BlockList };

/** TRUSTED_PROXY (lib/env.ts) as a policy; unset, Vercel's edge on Vercel and nobody elsewhere. */
export function proxyTrust(setting: string = env().TRUSTED_PROXY ?? (env().VERCEL ? "vercel" : "none")): ProxyTrust {
  if (setting === "none" || setting === "vercel") return { kind: setting };
  const proxies = new BlockList();
  for (const entry of setting.split(",").map((part) => part.trim())) {
    const [address, bits] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) proxies.addAddress(address, type);
    else proxies.addSubnet(address, Number(bits), type);
  }
  return { kind: "list", proxies };
}

let cachedTrust: ProxyTrust | undefined;

const plain = (address: string) => address.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");
const trusted = (proxies: BlockList, address: string) => {
  const version = isIP(address);
  return version !== 0 && proxies.check(address, version === 6 ? "ipv6" : "ipv4");
};

/**
 * The caller's IP, for per-IP limits and audit. Forwarding headers are believed only from a
 * configured proxy: on Vercel its edge's own headers (it overwrites what the client sent); behind
 * listed proxies the X-Forwarded-For hops added by them, read from the right until the first address
 * that is not one of them; otherwise the TCP peer. The peer comes from the server's own stamp
 * (peer-address.ts): Next.js keeps a client-sent X-Forwarded-For and drops the socket address.
 * "unknown" (one shared bucket) when the peer is not known, never an address the client chose.
 */
export function clientIp(headers: Headers, trust: ProxyTrust = (cachedTrust ??= proxyTrust())): string {
  if (trust.kind === "vercel") {
    const edge = headers.get("x-vercel-forwarded-for")?.split(",")[0] ?? headers.get("x-real-ip");
    return edge && isIP(plain(edge)) ? plain(edge) : "unknown";
  }
  const peer = peerAddress(headers);
  if (!peer) return "unknown";
  if (trust.kind === "none" || !trusted(trust.proxies, plain(peer))) return plain(peer);
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(plain).filter(Boolean);
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    if (!isIP(hops[index])) return plain(peer);
    if (!trusted(trust.proxies, hops[index])) return hops[index];
  }
  return hops[0] ?? plain(peer);
}
