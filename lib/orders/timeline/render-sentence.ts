import { dateTimeFormat } from "@/lib/i18n/format-date";
import { numberFormat } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";
import { formatMoney } from "@/lib/money/format";
import type { Sentence, SentencePart } from "./event-sentences";

export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type SentenceTools = {
  locale: string;
  /** Messages under `adminHistory.timeline`. */
  t: Translate;
  /** An order status's label (the badge's words). */
  status: (status: string) => string;
};

/** A sentence in the reader's language: money, counts and times in their digits, statuses as labels. */
export function renderSentence(sentence: Sentence, tools: SentenceTools): string {
  const values = Object.fromEntries(Object.entries(sentence.values).map(([name, part]) => [name, partText(part, tools)]));
  return tools.t(sentence.key, values);
}

function partText(part: SentencePart, { locale, t, status }: SentenceTools): string {
  switch (part.type) {
    case "choice":
      return part.value;
    case "id":
      return localDigits(part.value, locale);
    case "actor":
      return part.value ?? t(part.start ? "parts.someoneStart" : "parts.someone");
    case "provider":
      if (part.start) return part.value ? t("parts.providerStart", { name: part.value }) : t("parts.theProviderStart");
      return part.value ? t("parts.provider", { name: part.value }) : t("parts.theProvider");
    case "money":
      return part.value ? formatMoney(part.value, "BDT", locale) : "—";
    case "count":
      return part.value === null ? "—" : numberFormat(locale).format(part.value);
    case "status":
      return part.value ? status(part.value) : "—";
    case "time": {
      const date = part.value ? new Date(part.value) : null;
      return date && !Number.isNaN(date.getTime()) ? dateTimeFormat(locale).format(date) : "—";
    }
  }
}
