import { getLocale, getTranslations } from "next-intl/server";
import { localDigits } from "@/lib/i18n/local-digits";

const STEPS = [
  ["one", "oneText"],
  ["two", "twoText"],
  ["three", "threeText"],
] as const;

export async function HowItWorks() {
  const [t, locale] = await Promise.all([getTranslations("storefront.steps"), getLocale()]);
  return (
    <section aria-labelledby="steps-title" className="bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-12">
        <h2 id="steps-title" className="text-2xl font-bold text-slate-900">
          {t("title")}
        </h2>
        <ol className="mt-6 grid gap-6 sm:grid-cols-3">
          {STEPS.map(([title, text], index) => (
            <li key={title} className="flex gap-4">
              <span
                aria-hidden="true"
                className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-brand-600 text-lg font-bold text-white"
              >
                {localDigits(String(index + 1), locale)}
              </span>
              <div>
                <h3 className="font-semibold text-slate-900">{t(title)}</h3>
                <p className="mt-1 text-sm text-slate-600">{t(text)}</p>
              </div>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
