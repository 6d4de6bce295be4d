export const LOCALES = ["en", "bn"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";
export const LOCALE_COOKIE = "panel_locale";
/** Set by middleware.ts from a page link's ?lang= (never taken from the browser as sent). */
export const LOCALE_HEADER = "x-panel-lang";

export function resolveLocale(value: string | undefined | null): AppLocale | undefined {
  return LOCALES.find((locale) => locale === value);
}
