import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { splitFaq, faqIntro } from "@/lib/content/faq";
import { markdownDescription, plainText } from "@/lib/content/markdown-text";
import { getContentPage, type ContentPageView, type ContentSlug } from "@/lib/content/pages";
import type { AppLocale } from "@/lib/i18n/config";
import { dateFormat } from "@/lib/i18n/format-date";
import { languageAlternates } from "@/lib/storefront/seo";
import { Markdown } from "./markdown";

// One of the storefront's written pages (terms, privacy, refund policy, FAQ), rendered on the server:
// the page ships no Markdown code. Each app/(storefront)/<path>/page.tsx is these two exports for its slug.

async function readerPage(slug: ContentSlug): Promise<{ page: ContentPageView; locale: AppLocale }> {
  const locale = (await getLocale()) as AppLocale;
  return { page: await getContentPage(slug, locale), locale };
}

/** Title from the page, description from its first paragraph, its address in both languages (hreflang). */
export async function contentPageMetadata(slug: ContentSlug): Promise<Metadata> {
  const { page } = await readerPage(slug);
  const description = markdownDescription(page.body) || undefined;
  return {
    title: page.title,
    description,
    alternates: languageAlternates(page.path),
    openGraph: { title: page.title, description, type: "article" },
  };
}

export async function ContentPage({ slug }: { slug: ContentSlug }) {
  const [{ page, locale }, t] = await Promise.all([readerPage(slug), getTranslations("contentPages.public")]);
  const questions = slug === "faq" ? splitFaq(page.body) : [];
  return (
    <article className="mx-auto w-full max-w-3xl px-4 py-10 sm:py-14" data-content-page={slug}>
      <header className="mb-8 border-b border-slate-200 pb-6">
        <h1 lang={page.contentLocale} className="text-3xl font-bold tracking-tight text-slate-900">
          {page.title}
        </h1>
        {page.updatedAt ? (
          <p className="mt-2 text-sm text-slate-500">
            {t.rich("lastUpdated", {
              date: dateFormat(locale).format(page.updatedAt),
              time: (chunks) => <time dateTime={page.updatedAt!.toISOString()}>{chunks}</time>,
            })}
          </p>
        ) : null}
      </header>
      {page.contentLocale !== locale ? (
        <p className="mb-6 rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-800">{t("englishOnly")}</p>
      ) : null}
      {questions.length > 0 ? (
        <FaqList intro={faqIntro(page.body)} questions={questions} locale={page.contentLocale} />
      ) : (
        <Markdown markdown={page.body} locale={page.contentLocale} testId="content-body" />
      )}
    </article>
  );
}

/** The FAQ as questions that open one by one (no script: <details>), each question a heading. */
function FaqList({ intro, questions, locale }: { intro: string; questions: ReturnType<typeof splitFaq>; locale: AppLocale }) {
  return (
    <div data-testid="content-body" lang={locale} className="space-y-6">
      {intro ? <Markdown markdown={intro} locale={locale} /> : null}
      <div className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {questions.map((item, index) => (
          <details key={index} className="group px-4 py-3 sm:px-5" open={index === 0}>
            <summary className="flex cursor-pointer list-none items-start justify-between gap-4 rounded py-1 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none [&::-webkit-details-marker]:hidden">
              <h2 className="text-base font-semibold text-slate-900">{plainText(item.question)}</h2>
              <span aria-hidden="true" className="mt-0.5 shrink-0 text-slate-400 transition-transform group-open:rotate-45">
                +
              </span>
            </summary>
            <Markdown markdown={item.answerMarkdown} locale={locale} className="pt-2 pb-1" />
          </details>
        ))}
      </div>
    </div>
  );
}
