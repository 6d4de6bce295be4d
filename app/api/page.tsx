import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { SignedInProviders } from "@/components/signed-in-providers";
import { KeyManager } from "@/components/api-keys/key-manager";
import { ActionReference } from "@/components/api-docs/action-reference";
import { CodeBlock } from "@/components/api-docs/code-block";
import { curlExample, phpExample, pythonExample } from "@/components/api-docs/code-examples";
import { ERROR_TEXTS } from "@/components/api-docs/reference";
import { BrandMark } from "@/components/shell/brand-mark";
import { LanguageSwitch } from "@/components/shell/language-switch";
import { buttonClass } from "@/components/ui/button";
import { Card, PageTitle } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/current-user";
import { getBrand } from "@/lib/brand/brand";
import { resellerEndpoint } from "@/lib/reseller-api/endpoint";
import { numberFormat } from "@/lib/i18n/format-number";
import { getSetting } from "@/lib/settings/settings";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("api.docs"))("title") };
}

/** Customer documentation of the reseller API v2; signed-in customers manage their keys here too. */
export default async function ApiDocsPage() {
  const [user, t, tb, limit, locale, brand] = await Promise.all([
    currentUser(),
    getTranslations("api"),
    getTranslations("brandSettings"),
    getSetting("api.requestsPerMinute"),
    getLocale(),
    getBrand(),
  ]);
  // The panel's public address (APP_URL), never the host this request happened to reach.
  const endpoint = resellerEndpoint();
  // Protocol words inside sentences are <c>…</c> in the catalogues: shown as code, never translated.
  const code = (chunks: ReactNode) => <code className="font-mono text-[0.9em] text-slate-800">{chunks}</code>;
  const rich = (key: string, values: Record<string, string | number> = {}) => t.rich(key as "docs.methodValue", { ...values, c: code });
  const facts: [string, ReactNode][] = [
    [t("docs.method"), rich("docs.methodValue")],
    [t("docs.keyField"), rich("docs.keyFieldValue")],
    [t("docs.answers"), rich("docs.answersValue")],
    [t("docs.currency"), rich("docs.currencyValue", { currency: user?.currency ?? "BDT" })],
  ];
  return (
    <SignedInProviders>
      <div className="min-h-screen">
        <header className="mx-auto flex max-w-5xl items-center justify-between px-4 py-4">
          <Link href={user ? "/user/dashboard" : "/"} className="flex min-w-0 items-center text-lg font-semibold text-brand-700">
            <BrandMark />
          </Link>
          <LanguageSwitch />
        </header>
        <main className="mx-auto max-w-5xl space-y-8 px-4 pb-16">
          <PageTitle subtitle={t("docs.lead")}>
            {tb.rich("apiTitle", { name: brand.name, brand: (chunks) => <span data-user-text>{chunks}</span> })}
          </PageTitle>
          <Card>
            <dl className="space-y-3 text-sm">
              <div>
                <dt className="font-medium text-slate-500">{t("docs.endpoint")}</dt>
                <dd className="mt-1 flex items-center gap-2">
                  <code className="rounded bg-slate-100 px-2 py-1 font-mono" data-testid="api-endpoint">
                    {endpoint}
                  </code>
                </dd>
              </div>
              {facts.map(([term, value]) => (
                <div key={term}>
                  <dt className="font-medium text-slate-500">{term}</dt>
                  <dd className="mt-1 text-slate-700">{value}</dd>
                </div>
              ))}
            </dl>
          </Card>

          <section className="space-y-4">
            <h2 className="text-lg font-semibold text-slate-900">{t("docs.keysTitle")}</h2>
            {user ? (
              <KeyManager userId={user.id} />
            ) : (
              <Card>
                <p className="text-sm text-slate-700">{t("keys.signInToManage")}</p>
                <Link href="/login?callbackUrl=%2Fapi" className={buttonClass("primary", "mt-3")}>
                  {t("keys.signIn")}
                </Link>
              </Card>
            )}
          </section>

          <ActionReference />

          <Card title={t("docs.errorsTitle")}>
            <div className="grid gap-4 lg:grid-cols-2">
              <div className="space-y-2 text-sm text-slate-700">
                <p>{rich("docs.errorsLead")}</p>
                <ul className="list-disc space-y-1 pl-5">
                  <li>{rich("docs.error429", { limit: numberFormat(locale, 0).format(Number(limit)) })}</li>
                  <li>{rich("docs.error500")}</li>
                </ul>
                <p>{t("docs.errorTexts")}</p>
                <ul className="space-y-0.5 font-mono text-xs">
                  {ERROR_TEXTS.map((text) => (
                    <li key={text}>
                      <code>{text}</code>
                    </li>
                  ))}
                </ul>
              </div>
              <CodeBlock code={JSON.stringify({ error: "Not enough funds on balance" }, null, 2)} />
            </div>
          </Card>

          <Card title={t("docs.idempotencyTitle")}>
            <p className="text-sm text-slate-700">{rich("docs.idempotencyBody")}</p>
          </Card>
          <Card title={t("docs.rateTitle")}>
            <p className="text-sm text-slate-700">{rich("docs.rateBody", { limit: numberFormat(locale, 0).format(Number(limit)) })}</p>
          </Card>

          <section className="space-y-4">
            <h2 className="text-lg font-semibold text-slate-900">{t("docs.examplesTitle")}</h2>
            <CodeBlock title="curl" code={curlExample(endpoint, brand.name)} />
            <CodeBlock title="PHP" code={phpExample(endpoint, brand.name)} />
            <CodeBlock title="Python" code={pythonExample(endpoint, brand.name)} />
          </section>
        </main>
      </div>
    </SignedInProviders>
  );
}
