import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { renderInLocale } from "@/tests/render-in-locale";
import { BalanceHistoryChart } from "./balance-history-chart";
import { durationText } from "./health-format";
import { ProviderHealthFigures } from "./provider-health-figures";

const render = renderInLocale;
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&[a-z]+;|&#\d+;/g, " ");

const health = {
  sent: 1234,
  attempts: 11,
  finished: 6,
  completed: 4,
  refused: 2,
  uncertain: 1,
  successRate: 4 / 6,
  refusalRate: 2 / 11,
  uncertainRate: 1 / 11,
  medianCompletionSeconds: 210,
};
const points = [
  { at: "2026-12-01T06:00:00.000Z", balance: "1500.1234567", currency: "USD" },
  { at: "2026-12-02T06:00:00.000Z", balance: "80", currency: "USD" },
];

describe("durationText", () => {
  it.each([
    [0, { key: "seconds", values: { seconds: 0 } }],
    [59.4, { key: "seconds", values: { seconds: 59 } }],
    [210, { key: "minutes", values: { minutes: 4 } }],
    [3600 + 25 * 60, { key: "hours", values: { hours: 1, minutes: 25 } }],
    [2 * 86400 + 5 * 3600, { key: "days", values: { days: 2, hours: 5 } }],
  ])("%s s", (seconds, expected) => expect(durationText(seconds)).toEqual(expected));
});

describe("provider health figures", () => {
  it("shows counts, rates with their parts, and the median, in English", () => {
    const html = render("en", h(ProviderHealthFigures, { health }));
    expect(html).toContain("1,234");
    expect(html).toContain("66.7% (4 of 6)");
    expect(html).toContain("18.2% (2 of 11)");
    expect(html).toContain("9.1% (1 of 11)");
    expect(html).toContain("4 min");
  });

  it("is all Bengali, with Bengali digits", () => {
    const html = render("bn", h(ProviderHealthFigures, { health }));
    expect(html).toContain("১,২৩৪");
    expect(html).toContain("৬৬.৭%");
    expect(html).toContain("৪ মিনিট");
    expect(text(html)).not.toMatch(/[A-Za-z0-9]/);
  });

  it("shows — when there is nothing to count", () => {
    const empty = { ...health, sent: 0, successRate: null, refusalRate: null, uncertainRate: null, medianCompletionSeconds: null };
    const html = render("en", h(ProviderHealthFigures, { health: empty }));
    expect(html.match(/—/g)).toHaveLength(4);
  });
});

describe("balance history chart", () => {
  it("labels the chart and carries the readings as a table (the text alternative)", () => {
    const html = render("en", h(BalanceHistoryChart, { providerName: "Upstream A", points }));
    expect(html).toContain('role="img"');
    expect(html).toContain("Line chart of the balance of Upstream A");
    expect(html).toMatch(/<caption[^>]*>Balance readings of Upstream A, last 14 days<\/caption>/);
    expect(html).toContain("1,500.1235 USD");
    expect(html).toContain("80 USD");
  });

  it("in Bengali: Bengali texts and digits (the currency code is the provider's own)", () => {
    const html = render("bn", h(BalanceHistoryChart, { providerName: "প্রোভাইডার", points }));
    expect(html).toContain("১,৫০০.১২৩৫ USD");
    expect(text(html).replace(/USD/g, "")).not.toMatch(/[A-Za-z0-9]/);
  });

  it("says so when there are no readings", () => {
    expect(render("bn", h(BalanceHistoryChart, { providerName: "x", points: [] }))).toContain("রিডিং নেই");
  });
});
