import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.tracked.json";
import bn from "@/lib/i18n/messages/bn.tracked.json";
import { renderInLocale } from "@/tests/render-in-locale";
import { TrackedProgress } from "./tracked-progress";
import { trackedView } from "./tracked-view";

const columns = { runs: null, runsDone: null, subscriptionStatus: null, subscriptionPosts: null, postsDone: null };
const keys = (value: unknown, prefix = ""): string[] =>
  value && typeof value === "object" ? Object.entries(value).flatMap(([key, inner]) => keys(inner, `${prefix}${key}.`)) : [prefix];
const texts = (value: unknown): string[] => (typeof value === "string" ? [value] : Object.values(value as object).flatMap(texts));

describe("drip-feed and subscription progress", () => {
  it("reads an order's columns: runs for a drip-feed, status and posts for a subscription, nothing for others", () => {
    expect(trackedView(columns)).toBeNull();
    expect(trackedView({ ...columns, runs: 10, runsDone: 3, _count: { children: 3 } })).toEqual({
      kind: "dripfeed",
      done: 3,
      total: 10,
      children: 3,
    });
    expect(trackedView({ ...columns, subscriptionPosts: 5 })).toEqual({
      kind: "subscription",
      status: null,
      done: 0,
      total: 5,
      children: 0,
    });
  });

  it("says run 3 of 10 and posts 2 of 5 in both languages, Bengali with its own digits", () => {
    const run = h(TrackedProgress, { tracked: { kind: "dripfeed", done: 3, total: 10, children: 3 }, locale: "en", orderId: 1 });
    expect(renderInLocale("en", run)).toContain("Run 3 of 10");
    const posts = { kind: "subscription", status: "PAUSED", done: 2, total: 5, children: 2 } as const;
    const english = renderInLocale("en", h(TrackedProgress, { tracked: posts, locale: "en", orderId: 1 }));
    expect(english).toContain("Paused");
    expect(english).toContain("Posts 2 of 5");
    const bengali = renderInLocale("bn", h(TrackedProgress, { tracked: posts, locale: "bn", orderId: 1 }));
    expect(bengali).toContain("পোস্ট ২ / ৫");
    expect(bengali).toContain("বিরতিতে");
  });

  it("has the same keys in both languages and no English left in the Bengali", () => {
    expect(keys(bn).sort()).toEqual(keys(en).sort());
    for (const text of texts(bn)) expect(text.replace(/\{[a-z]+\}/g, ""), text).not.toMatch(/[A-Za-z]/);
  });
});
