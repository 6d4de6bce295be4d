import { createTranslator } from "next-intl";
import { MESSAGES } from "./messages";
import type { Translate } from "@/lib/validation/issue-message";

const english = createTranslator({ locale: "en", messages: MESSAGES.en });

const translators = {
  en: english,
  bn: createTranslator({ locale: "bn", messages: MESSAGES.bn }),
};

/** A locale's messages on the server (e-mails in the recipient's language), with `has`. */
export function translatorFor(locale: string) {
  const t = translators[locale === "bn" ? "bn" : "en"];
  return Object.assign((key: string, values?: Record<string, string | number>) => t(key as never, values as never), {
    has: (key: string) => t.has(key as never),
  });
}

/** English messages for server-side answers (API errors). */
export const translateEnglish: Translate = (key, values) => english(key as never, values as never);
