/** The Intl locale tag for a UI locale: Bengali digits (and lakh grouping) for বাংলা. */
export function intlLocale(locale: string): string {
  return locale === "bn" ? "bn-BD" : "en-GB";
}
