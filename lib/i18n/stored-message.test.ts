import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "./messages";
import { storedText } from "./stored-message";

const reader = (locale: "en" | "bn") => {
  const t = createTranslator({ locale, messages: MESSAGES[locale] });
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key as never, values as never), {
    has: (key: string) => t.has(key as never),
  });
};

describe("storedText", () => {
  it("writes a stored message's numbers in the reader's digits, and leaves other values as stored", () => {
    // "Refund for order #{id} (partial)": a ledger memo as stored for an order's refund.
    const message = { key: "stored.ledger.orderRefund", values: { id: 1234, status: "PARTIAL" } };
    expect(storedText(message, "stored", reader("bn"), "bn")).toContain("১২৩৪");
    expect(storedText(message, "stored", reader("bn"), "bn")).not.toMatch(/[0-9]/);
    expect(storedText(message, "stored", reader("en"), "en")).toContain("1234");
  });

  it("falls back to the stored text for an unknown key", () => {
    expect(storedText({ key: "stored.nothing.here" }, "As stored 12", reader("bn"), "bn")).toBe("As stored 12");
  });
});
