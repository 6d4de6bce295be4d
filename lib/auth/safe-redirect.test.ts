import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

describe("safeRedirectPath", () => {
  it.each([
    ["/\t/evil.example"],
    ["/\n/evil.example"],
    ["/\r\n/evil.example"],
    ["\t//evil.example"],
    ["//evil.example"],
    ["/\\evil.example"],
    ["\\\\evil.example"],
    ["\\/evil.example"],
    ["/%09/evil.example/".replace("%09", "\t")],
    ["https://evil.example/user"],
    ["http:evil.example"],
    ["javascript:alert(1)"],
    ["evil.example"],
    [" /user"],
    [""],
  ])("refuses %j", (target) => {
    expect(safeRedirectPath(target, "/home")).toBe("/home");
  });

  it.each([
    ["/user/orders", "/user/orders"],
    ["/user/orders?status=open#top", "/user/orders?status=open#top"],
    ["/admin/../user", "/user"],
    ["/user/\torders", "/user/orders"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("follows %j on this site as %j", (target, expected) => {
    expect(safeRedirectPath(target, "/home")).toBe(expected);
  });

  it("falls back when there is no target", () => {
    expect(safeRedirectPath(undefined, "/home")).toBe("/home");
    expect(safeRedirectPath(null, "/home")).toBe("/home");
  });
});
