import type { Page } from "@playwright/test";

// Finds English (and untranslated next-intl keys) in what a Bengali reader sees. Text that people
// typed or that comes from a provider's catalogue is marked in the markup with `data-user-text` and
// skipped there; program text (`code`, `pre`) is skipped too. Everything else must be Bengali.

/** Names and codes that stay in Latin letters in the Bengali copy. */
const ALLOWED = [
  "SMM Panel", // the product's name
  "BDT",
  "USD", // currency codes
  "bKash",
  "Nagad",
  "SSLCommerz", // payment brands
  "API",
  "TrxID",
  "ID",
  "JPEG",
  "PNG",
  "WebP", // technical names Bengali users know in this form
];

/** Single words common enough in a UI that one of them alone is already a leak. */
const COMMON_WORDS = new Set(
  (
    "order orders status submit cancel save search filter total balance price service services quantity link date amount " +
    "pending processing completed partial canceled refill payment payments dashboard settings back next previous send " +
    "delete edit close open yes no loading name email password category details description reply new all none " +
    "funds add view more help sign register account notifications transactions complaints"
  ).split(" "),
);

const URL_OR_EMAIL = /\bhttps?:\/\/\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\b[\w-]+(?:\.[\w-]+)*\.(?:com|test|net|org)(?:\/\S*)?/g;
const RAW_KEY = /\b[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z][a-zA-Z0-9_-]*)+\b/g;
const NEXT_INTL_ERROR = /MISSING_MESSAGE|INVALID_KEY|FORMATTING_ERROR|INSUFFICIENT_PATH|INVALID_MESSAGE/g;
const LATIN_RUN = /[A-Za-z]{2,}(?:[\s,.:;'’&/()+-]+[A-Za-z]{2,})+/g;
const LATIN_WORD = /[A-Za-z]{2,}/g;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const ALLOWED_PATTERN = new RegExp(`(?<![A-Za-z])(?:${ALLOWED.map(escape).join("|")})(?![A-Za-z])`, "g");

/** The leaks in one piece of visible text. */
export function findLeaks(text: string): string[] {
  let rest = text;
  const leaks = [...(rest.match(NEXT_INTL_ERROR) ?? [])];
  rest = rest.replace(URL_OR_EMAIL, " ");
  leaks.push(...(rest.match(RAW_KEY) ?? []));
  rest = rest.replace(RAW_KEY, " ").replace(ALLOWED_PATTERN, " ");
  leaks.push(...(rest.match(LATIN_RUN) ?? []));
  rest = rest.replace(LATIN_RUN, " ");
  leaks.push(...(rest.match(LATIN_WORD) ?? []).filter((word) => COMMON_WORDS.has(word.toLowerCase())));
  return leaks;
}

/**
 * Latin digits in what a Bengali reader sees: the panel writes its numbers (amounts, counts, ids,
 * dates) in Bengali digits for বাংলা. Addresses and e-mails keep theirs.
 */
export function findLatinDigits(text: string): string[] {
  // "API v2" is the protocol's name, written so in Bengali too.
  return (
    text
      .replace(URL_OR_EMAIL, " ")
      .replace(/\bv2\b/g, " ")
      .match(/[^\s]*[0-9][^\s]*/g) ?? []
  );
}

/**
 * The texts a reader meets on the page: rendered text (without `data-user-text`, `code`, `pre` and
 * `alsoSkip` elements), option labels, and the placeholder, title, aria-label and alt attributes.
 */
export async function visibleTexts(page: Page, alsoSkip: readonly string[] = []): Promise<string[]> {
  return page.evaluate((extra) => {
    const skipped = ["[data-user-text]", "code", "pre", ...extra].join(", ");
    const style = document.createElement("style");
    // A select's innerText lists every option, marked or not: options are read one by one below.
    style.textContent = `${skipped}, select { visibility: hidden !important; }`;
    document.head.append(style);
    const lines = document.body.innerText.split("\n");
    style.remove();
    const elements = [...document.querySelectorAll<HTMLElement>("[placeholder], [title], [aria-label], [alt], option")];
    for (const element of elements) {
      if (element.closest(skipped)) continue;
      for (const name of ["placeholder", "title", "aria-label", "alt"]) lines.push(element.getAttribute(name) ?? "");
      if (element instanceof HTMLOptionElement) lines.push(element.text);
    }
    return lines.map((line) => line.trim()).filter(Boolean);
  }, alsoSkip);
}
