import type ipaddr from "ipaddr.js";
import { parseAddress } from "./address-range";

/**
 * OUTBOUND_ALLOWED_HOSTS: comma-separated host names, IP addresses and CIDR ranges that outbound
 * calls may reach even when they are private, loopback or link-local (a provider on the same
 * private network). A host name allows whatever it resolves to; an address or range allows itself.
 */
type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];
export type AllowList = { hosts: ReadonlySet<string>; ranges: ReadonlyArray<Range> };

export const EMPTY_ALLOW_LIST: AllowList = { hosts: new Set(), ranges: [] };

const HOST_NAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;

export function parseAllowList(text: string | undefined): { list: AllowList; invalid: string[] } {
  const hosts = new Set<string>();
  const ranges: Range[] = [];
  const invalid: string[] = [];
  for (const raw of (text ?? "").split(",")) {
    const entry = raw.trim().toLowerCase().replace(/\.$/, "");
    if (entry === "") continue;
    const range = parseRange(entry);
    if (range) ranges.push(range);
    else if (HOST_NAME.test(entry) && !/^[\d.]+$/.test(entry)) hosts.add(entry);
    else invalid.push(raw.trim());
  }
  return { list: { hosts, ranges }, invalid };
}

function parseRange(entry: string): Range | null {
  const [addressText, prefixText, ...rest] = entry.split("/");
  const address = parseAddress(addressText);
  if (!address || rest.length > 0) return null;
  const full = address.kind() === "ipv4" ? 32 : 128;
  if (prefixText === undefined) return [address, full];
  if (!/^\d{1,3}$/.test(prefixText) || Number(prefixText) > full) return null;
  return [address, Number(prefixText)];
}

export function allowsHost(list: AllowList, hostname: string): boolean {
  return list.hosts.has(hostname.toLowerCase().replace(/\.$/, ""));
}

export function allowsAddress(list: AllowList, text: string): boolean {
  const address = parseAddress(text);
  return address !== null && list.ranges.some(([base, bits]) => base.kind() === address.kind() && address.match(base, bits));
}
