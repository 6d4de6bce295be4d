import { createTranslator } from "next-intl";
import { MESSAGES } from "./messages";
import type { Translate } from "@/lib/validation/issue-message";

const english = createTranslator({ locale: "en", messages: MESSAGES.en });

// Both typed as the English one: the catalogues have the same keys (a test checks), and a union of the
// two translator types grows too large for TypeScript to call once the catalogue has many namespaces.
const translators: Record<"en" | "bn", typeof english> = {
  en: english,
  bn: createTranslator({ locale: "bn", messages: MESSAGES.bn as unknown as typeof MESSAGES.en }),
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
