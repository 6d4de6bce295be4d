import { describe, expect, it } from "vitest";
import { badCallbackUrl, sameSiteRedirect } from "./callback-url";

const SITE = "http://panel.test";

describe("badCallbackUrl", () => {
  it("names a query callbackUrl or callback cookie that Auth.js would throw on", () => {
    expect(badCallbackUrl(new Request(`${SITE}/api/auth/session?callbackUrl=abc`))).toBe("callbackUrl");
    expect(badCallbackUrl(new Request(`${SITE}/api/auth/session?callbackUrl=javascript:alert(1)`))).toBe("callbackUrl");
    expect(badCallbackUrl(new Request(`${SITE}/api/auth/session`, { headers: { cookie: "a=b; authjs.callback-url=abc" } }))).toBe(
      "authjs.callback-url",
    );
  });

  it("lets paths and http(s) URLs through (where they lead is the redirect callback's business)", () => {
    expect(badCallbackUrl(new Request(`${SITE}/api/auth/signin?callbackUrl=%2Fuser%2Forders`))).toBeNull();
    expect(
      badCallbackUrl(
        new Request(`${SITE}/api/auth/signin?callbackUrl=https://evil.example/`, {
          headers: { cookie: `authjs.callback-url=${encodeURIComponent(SITE)}` },
        }),
      ),
    ).toBeNull();
  });
});

describe("sameSiteRedirect", () => {
  it("keeps this site's paths and URLs, sends everything else home, and never throws", () => {
    expect(sameSiteRedirect("/user/orders", SITE)).toBe(`${SITE}/user/orders`);
    expect(sameSiteRedirect(`${SITE}/admin`, SITE)).toBe(`${SITE}/admin`);
    for (const url of ["https://evil.example/", "//evil.example", "/\\evil.example", "abc", ""])
      expect(sameSiteRedirect(url, SITE)).toBe(SITE);
  });
});
