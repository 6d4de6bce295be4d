import { describe, expect, it } from "vitest";
import { addressRange, isPublicAddress, parseAddress } from "./address-range";

describe("addressRange", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["0.0.0.0", "unspecified"],
    ["10.0.0.1", "private"],
    ["172.16.5.4", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "carrierGradeNat"],
    ["169.254.169.254", "linkLocal"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["::1", "loopback"],
    ["[::1]", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fd00::1", "uniqueLocal"],
    ["fc00::5", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "linkLocal"],
    ["::ffff:10.0.0.1", "private"],
    ["::127.0.0.1", "loopback"],
    ["::7f00:1", "ipv4Compatible"],
    ["::a9fe:a9fe", "ipv4Compatible"],
    ["64:ff9b::a00:1", "rfc6052"],
    ["2002:7f00:1::", "6to4"],
    ["93.184.216.34", "unicast"],
    ["8.8.8.8", "unicast"],
    ["2606:4700:4700::1111", "unicast"],
    ["::ffff:8.8.8.8", "unicast"],
  ])("%s is %s", (address, range) => {
    expect(addressRange(address)).toBe(range);
    expect(isPublicAddress(address)).toBe(range === "unicast");
  });

  it("reads only canonical addresses: numeric shorthands are host names to it (URL parsing normalises them first)", () => {
    for (const text of ["2130706433", "0x7f000001", "0177.0.0.1", "127.1", "localhost", "example.com", ""])
      expect(parseAddress(text)).toBeNull();
  });
});
