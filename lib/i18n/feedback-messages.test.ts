import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import english from "@/lib/i18n/messages/en.feedback.json";

// Confirmations and toasts (lib/i18n/messages/*.feedback.json): every sentence formats in both
// languages with the values the components pass, and the Bengali one is Bengali.
const VALUES = {
  amount: "৳500.00",
  email: "c@example.test",
  balance: "৳1,500.00",
  reason: "goodwill",
  id: "5",
  status: "Canceled",
  count: 3,
  charge: "৳190.63",
  role: "Support",
  area: "reports",
};

function leaves(node: unknown, prefix: string): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => leaves(value, `${prefix}.${key}`));
}

const keys = leaves(english.feedback, "feedback");

describe.each(["en", "bn"] as const)("feedback messages in %s", (locale) => {
  const t = createTranslator({
    locale,
    messages: MESSAGES[locale],
    onError: (error) => {
      throw error;
    },
  });

  it.each(keys)("%s formats", (key) => {
    const text = t(key as never, VALUES as never);
    expect(text.length).toBeGreaterThan(0);
    expect(text).not.toContain("{");
    if (locale === "bn") {
      // Values are the components'; TrxID is the wallets' own word, kept in Bengali too (bn.payments.json).
      const latin = [...Object.values(VALUES), "TrxID"].reduce<string>((rest, value) => rest.replaceAll(String(value), ""), text);
      expect(latin, key).not.toMatch(/[A-Za-z]{3,}/);
    }
  });
});
