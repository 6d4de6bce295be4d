"use client";

import clsx from "clsx";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useDeferredValue, useEffect, useState } from "react";
import { useWatch, type FieldErrors } from "react-hook-form";
import { toast } from "sonner";
import { Markdown } from "@/components/content/markdown";
import { useFormFailure } from "@/components/forms/use-form-failure";
import { useZodForm } from "@/components/forms/use-zod-form";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { saveContentPageAction } from "@/lib/actions/admin/content";
import { CONTENT_BODY_MAX, contentPageInputSchema, type ContentPageInput } from "@/lib/content/schemas";
import type { ContentSlug } from "@/lib/content/slugs";

type Language = "en" | "bn";
type Texts = ContentPageInput;
const LANGUAGES: Language[] = ["en", "bn"];
const fieldsOf = (language: Language) => (language === "en" ? (["titleEn", "bodyEn"] as const) : (["titleBn", "bodyBn"] as const));

/**
 * A storefront page's editor: English and Bengali tabs, each a title and a Markdown text beside a live
 * preview drawn by the same renderer as the public page; one save for both languages.
 */
export function ContentPageEditor({ slug, path, initial, builtIn }: { slug: ContentSlug; path: string; initial: Texts; builtIn: Texts }) {
  const t = useTranslations("contentPages.admin");
  const tAll = useTranslations();
  const router = useRouter();
  const [language, setLanguage] = useState<Language>("en");
  const [filled, setFilled] = useState(false);
  const form = useZodForm(contentPageInputSchema, { defaultValues: initial });
  const failure = useFormFailure(form, ["titleEn", "titleBn", "bodyEn", "bodyBn"]);
  const { errors, isSubmitting, isDirty } = form.formState;
  const hasErrors = (lang: Language, found: FieldErrors<Texts> = errors) => fieldsOf(lang).some((field) => found[field]);

  // Leaving with unsaved changes (closing the tab, reloading) asks first.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);

  const onSubmit = form.handleSubmit(
    async (values) => {
      failure.clear();
      const result = await saveContentPageAction({ slug, ...values });
      if (!result.success) {
        failure.report(result);
        const marked = form.formState.errors;
        if (!hasErrors(language, marked)) setLanguage(LANGUAGES.find((lang) => hasErrors(lang, marked)) ?? language);
        return;
      }
      form.reset(values);
      setFilled(false);
      toast.success(t("saved", { title: values.titleEn }));
      router.refresh();
    },
    // The tab with a wrong field comes to the front.
    (found) => {
      if (!hasErrors(language, found)) setLanguage(LANGUAGES.find((lang) => hasErrors(lang, found)) ?? language);
    },
  );

  const fillBuiltIn = () => {
    for (const field of ["titleEn", "titleBn", "bodyEn", "bodyBn"] as const)
      form.setValue(field, builtIn[field], { shouldDirty: true, shouldValidate: true });
    setFilled(true);
  };

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4">
      {failure.banner ? <Notice tone="error">{failure.banner}</Notice> : null}
      {filled ? <Notice tone="info">{t("builtInFilled")}</Notice> : null}
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div role="tablist" aria-label={t("languages")} className="flex gap-1 rounded-lg bg-slate-100 p-1">
          {LANGUAGES.map((lang) => (
            <button
              key={lang}
              type="button"
              role="tab"
              id={`tab-${lang}`}
              aria-selected={language === lang}
              aria-controls={`panel-${lang}`}
              onClick={() => setLanguage(lang)}
              className={clsx(
                "rounded-md px-4 py-1.5 text-sm font-medium focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none",
                language === lang ? "bg-white text-slate-900 shadow-sm" : "text-slate-600 hover:text-slate-900",
              )}
            >
              {t(lang === "en" ? "english" : "bengali")}
              {hasErrors(lang) ? (
                <span className="ml-1.5 text-red-600" title={t("editorHasErrors")}>
                  ●<span className="sr-only"> {t("editorHasErrors")}</span>
                </span>
              ) : null}
            </button>
          ))}
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <a href={path} target="_blank" rel="noopener" className="text-sm text-brand-700 hover:underline">
            {t("open")} <span className="sr-only">{t("opensNewTab")}</span>↗
          </a>
          <Button variant="secondary" onClick={fillBuiltIn}>
            {t("useBuiltIn")}
          </Button>
        </div>
      </div>

      {LANGUAGES.map((lang) => (
        <LanguagePanel key={lang} language={lang} hidden={language !== lang} form={form} slug={slug} />
      ))}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? t("saving") : t("save")}
        </Button>
        {isDirty ? <Badge tone="amber">{t("unsaved")}</Badge> : null}
        {Object.keys(errors).length > 0 && !failure.banner ? (
          <span className="text-sm text-red-600">{tAll("errors.validation_failed")}</span>
        ) : null}
      </div>
    </form>
  );
}

function LanguagePanel({
  language,
  hidden,
  form,
  slug,
}: {
  language: Language;
  hidden: boolean;
  form: ReturnType<typeof useZodForm<typeof contentPageInputSchema>>;
  slug: string;
}) {
  const t = useTranslations("contentPages.admin");
  const [titleField, bodyField] = fieldsOf(language);
  const { errors } = form.formState;
  const title = useWatch({ control: form.control, name: titleField });
  const body = useWatch({ control: form.control, name: bodyField });
  // Typing stays quick in a long text: the preview follows when React has time.
  const preview = useDeferredValue(body ?? "");
  const bodyError = errors[bodyField]?.message;
  const hints = [t("bodyHint"), language === "bn" ? t("bengaliHint") : null, slug === "faq" ? t("faqHint") : null].filter(Boolean);
  return (
    <div role="tabpanel" id={`panel-${language}`} aria-labelledby={`tab-${language}`} hidden={hidden} className="space-y-4">
      <Field
        id={titleField}
        label={t("titleField")}
        maxLength={120}
        lang={language}
        error={errors[titleField]?.message}
        {...form.register(titleField)}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="min-w-0 space-y-1">
          <label htmlFor={bodyField} className="block text-sm font-medium text-slate-700">
            {t("bodyField")}
          </label>
          <textarea
            id={bodyField}
            lang={language}
            rows={24}
            maxLength={CONTENT_BODY_MAX}
            spellCheck
            aria-invalid={bodyError ? true : undefined}
            aria-describedby={`${bodyField}-hint${bodyError ? ` ${bodyField}-error` : ""}`}
            className={clsx(
              "block min-h-64 w-full resize-y rounded-md border bg-white px-3 py-2 font-mono text-sm leading-6 shadow-sm focus:ring-2 focus:ring-brand-500 focus:outline-none",
              bodyError ? "border-red-500" : "border-slate-300",
            )}
            {...form.register(bodyField)}
          />
          {bodyError ? (
            <p id={`${bodyField}-error`} className="text-xs text-red-600 first-letter:uppercase">
              {bodyError}
            </p>
          ) : null}
          <div id={`${bodyField}-hint`} className="space-y-1 text-xs text-slate-500">
            {hints.map((hint) => (
              <p key={hint}>{hint}</p>
            ))}
          </div>
        </div>
        <Card className="min-w-0 lg:max-h-[40rem] lg:overflow-y-auto">
          <p className="mb-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("preview")}</p>
          <div data-testid={`preview-${language}`}>
            {title ? (
              <p lang={language} className="mb-4 text-2xl font-bold tracking-tight text-slate-900">
                {title}
              </p>
            ) : null}
            {preview.trim() ? (
              <Markdown markdown={preview} locale={language} />
            ) : (
              <p className="text-sm text-slate-500">{t("previewEmpty")}</p>
            )}
          </div>
        </Card>
      </div>
    </div>
  );
}
