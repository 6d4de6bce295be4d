export const LOCALES = ["en", "bn"] as const;
export type AppLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: AppLocale = "en";
export const LOCALE_COOKIE = "panel_locale";

export function resolveLocale(value: string | undefined | null): AppLocale | undefined {
  return LOCALES.find((locale) => locale === value);
}
