import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/content/markdown";
import type { FaqItem } from "@/lib/content/faq";

/** The FAQ page's first questions, each opening in place (<details>: no script), with a link to them all. */
export async function FaqSection({ items, locale }: { items: FaqItem[]; locale: "en" | "bn" }) {
  if (items.length === 0) return null;
  const t = await getTranslations("storefront.faq");
  return (
    <section aria-labelledby="faq-title" className="bg-slate-50">
      <div className="mx-auto max-w-6xl px-4 py-12">
        <h2 id="faq-title" className="text-2xl font-bold text-slate-900">
          {t("title")}
        </h2>
        <div className="mt-6 max-w-3xl divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {items.map((item) => (
            <details key={item.question} className="group px-4 py-3">
              <summary
                className="flex cursor-pointer list-none items-center justify-between gap-4 font-medium text-slate-900"
                data-user-text
              >
                {item.question}
                <span aria-hidden="true" className="text-slate-400 transition group-open:rotate-45">
                  +
                </span>
              </summary>
              <div className="mt-2" data-user-text>
                <Markdown markdown={item.answerMarkdown} locale={locale} className="text-sm" />
              </div>
            </details>
          ))}
        </div>
        <Link href="/faq" className="mt-4 inline-block font-medium text-brand-700 hover:underline">
          {t("more")} →
        </Link>
      </div>
    </section>
  );
}
