import { describe, expect, it } from "vitest";
import { translateEnglish } from "@/lib/i18n/server-translator";
import { MESSAGES } from "@/lib/i18n/messages";
import { registerSchema } from "@/lib/users/schemas";
import { adjustBalanceSchema } from "@/lib/wallet/schemas";
import { createTranslator } from "next-intl";
import { issueMessage, type Translate } from "./issue-message";

function messagesFor(
  schema: { safeParse: (input: unknown) => { success: boolean; error?: { issues: Parameters<typeof issueMessage>[0][] } } },
  input: unknown,
  t: Translate,
) {
  const result = schema.safeParse(input);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issueMessage(issue, t)]));
}

describe("validation messages", () => {
  it("are English sentences for the server", () => {
    expect(messagesFor(registerSchema, { email: "nope", password: "short", phone: "abc" }, translateEnglish)).toEqual({
      email: "must be a valid e-mail address",
      password: "must be at least 8 characters",
      fullName: "is required",
      phone: "must be a phone number such as +8801712345678",
      acceptTerms: "tick the box to agree to the Terms of service",
    });
    expect(
      messagesFor(
        adjustBalanceSchema,
        { userId: "u", adjustmentId: crypto.randomUUID(), direction: "credit", amount: "1.005", reason: "ok!" },
        translateEnglish,
      ),
    ).toEqual({
      amount: "must have at most 2 decimal places",
    });
  });

  it("are Bengali in forms for Bengali users", () => {
    const bengali = createTranslator({ locale: "bn", messages: MESSAGES.bn });
    const t: Translate = (key, values) => bengali(key as never, values as never);
    const messages = messagesFor(registerSchema, { email: "nope", password: "short" }, t);
    expect(messages.password).toContain("8");
    expect(messages.password).not.toMatch(/[a-z]/i);
    expect(messages.fullName).toBe(MESSAGES.bn.validation.required);
  });

  it("has every English key in Bengali too", () => {
    const keys = (value: unknown, prefix = ""): string[] =>
      typeof value === "object" && value !== null
        ? Object.entries(value).flatMap(([key, child]) => keys(child, `${prefix}${key}.`))
        : [prefix.slice(0, -1)];
    expect(keys(MESSAGES.bn).sort()).toEqual(keys(MESSAGES.en).sort());
  });
});
