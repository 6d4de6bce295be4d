import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGES, pickMessages } from "./client-messages";
import { MESSAGES } from "./messages";

describe("pickMessages", () => {
  const messages = { a: { b: { c: "1", d: "2" }, e: "3" }, f: "4" };

  it("keeps whole namespaces and parts of them, with their nesting", () => {
    expect(pickMessages(messages, ["f", "a.b.c"])).toEqual({ f: "4", a: { b: { c: "1" } } });
    expect(pickMessages(messages, ["a.b", "a.e"])).toEqual({ a: { b: { c: "1", d: "2" }, e: "3" } });
  });

  it("skips paths the catalogue does not have", () => {
    expect(pickMessages(messages, ["x.y", "a.zz"])).toEqual({});
  });

  it("names only paths that exist in both languages", () => {
    for (const paths of Object.values(CLIENT_MESSAGES))
      for (const locale of ["en", "bn"] as const) {
        const picked = pickMessages(MESSAGES[locale], paths);
        for (const path of paths) expect(pickMessages(picked, [path]), `${locale}: ${path}`).not.toEqual({});
      }
  });

  it("sends the storefront far less than the whole catalogue", () => {
    const storefront = JSON.stringify(pickMessages(MESSAGES.bn, [...CLIENT_MESSAGES.everywhere, ...CLIENT_MESSAGES.storefront])).length;
    expect(storefront / JSON.stringify(MESSAGES.bn).length).toBeLessThan(0.05);
  });
});
