import ipaddr from "ipaddr.js";

/**
 * The special-purpose range an IP address is in, from ipaddr.js's table (kept in step with IANA's
 * registries, and the classifier behind Express's proxy-addr) rather than a list of our own. An
 * IPv4-mapped IPv6 address (::ffff:127.0.0.1) is read as the IPv4 address it carries. `unicast` is an
 * ordinary public address; every other answer (loopback, private, linkLocal, uniqueLocal,
 * carrierGradeNat, unspecified, multicast, broadcast, reserved, 6to4, teredo, rfc6052 …) is not.
 */
export type AddressRange = ReturnType<ipaddr.IPv4["range"]> | ReturnType<ipaddr.IPv6["range"]> | "ipv4Compatible";

// ::a.b.c.d (RFC 4291, deprecated): missing from ipaddr.js's table, and it embeds an IPv4 address.
const IPV4_COMPATIBLE = ipaddr.IPv6.parseCIDR("::/96");

/** The parsed address, or null when `text` is not an IP address in canonical text form. */
export function parseAddress(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const bare = text.startsWith("[") && text.endsWith("]") ? text.slice(1, -1) : text;
  // Only dotted-quad IPv4: ipaddr.js would also read "1" or "0x7f" as addresses, which here are host names.
  if (ipaddr.IPv4.isValidFourPartDecimal(bare)) return ipaddr.IPv4.parse(bare);
  if (ipaddr.IPv6.isValid(bare)) return ipaddr.process(bare);
  return null;
}

export function addressRange(text: string): AddressRange | null {
  const address = parseAddress(text);
  if (!address) return null;
  if (address.kind() === "ipv6" && address.range() === "unicast" && address.match(IPV4_COMPATIBLE)) return "ipv4Compatible";
  return address.range();
}

export function isPublicAddress(text: string): boolean {
  return addressRange(text) === "unicast";
}
