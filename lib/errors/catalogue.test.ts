import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";

// Every refusal the server writes can be shown in both languages: each rule key named in lib/ is in
// both catalogues (field rules, and the stored texts of lib/i18n/stored-message.ts), and each error code thrown in lib/ has its text under `errors.*`.

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "generated" ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const text = sources("lib")
  .map((path) => readFileSync(path, "utf8"))
  .join("\n");
// "validation.refused" is a payment-check outcome (lib/payments/settle-validated.ts), not a message key.
const ruleKeys = [...new Set([...text.matchAll(/"((?:validation|stored)\.[a-zA-Z.]+[a-zA-Z])"/g)].map((match) => match[1]))].filter(
  (key) => key !== "validation.refused",
);
const codes = [
  ...new Set([...text.matchAll(/(?:new AppError|badRequest|conflict)\(\s*"([a-z_]+)"/g)].map((match) => match[1])),
  "validation_failed",
  "not_found",
  "forbidden",
  "unauthorized",
  "rate_limited",
  "internal",
];
const translators = (["en", "bn"] as const).map((locale) => [locale, createTranslator({ locale, messages: MESSAGES[locale] })] as const);

describe("the refusal catalogue", () => {
  it("finds the rule keys and codes in lib/ (the scan itself works)", () => {
    expect(ruleKeys).toContain("validation.order.between");
    expect(ruleKeys).toContain("stored.ledger.order");
    expect(codes).toContain("duplicate_order");
  });

  it.each(translators)("%s has every rule key named in lib/", (_, t) => {
    expect(ruleKeys.filter((key) => !t.has(key as never))).toEqual([]);
  });

  it.each(translators)("%s has every error code thrown in lib/", (_, t) => {
    // Order codes only admins meet are told in their area (ordersAdmin.errors, components/admin/orders/use-failure-text.ts).
    const known = (code: string) => t.has(`errors.${code}` as never) || t.has(`ordersAdmin.errors.${code}` as never);
    expect(codes.filter((code) => !known(code))).toEqual([]);
  });
});
