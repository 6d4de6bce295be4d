import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Card, PageTitle } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { pagePermission } from "@/lib/auth/current-user";
import { env } from "@/lib/env";
import { listMailbox } from "@/lib/notifications/list-mailbox";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nav"))("mailbox") };
}

/** Dev mailbox: where e-mail goes when no RESEND_API_KEY is set, so password reset works locally. */
export default async function MailboxPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  await pagePermission("mailbox.read");
  const { to } = await readSearchParams(searchParams);
  const [t, locale, messages] = await Promise.all([getTranslations("mailbox"), getLocale(), listMailbox({ to, take: 50 })]);
  const dates = dateTimeFormat(locale, true);
  return (
    <div className="space-y-6">
      <PageTitle subtitle={t("subtitle")}>{t("title")}</PageTitle>
      {env().RESEND_API_KEY ? <Notice tone="info">{t("resendActive")}</Notice> : null}
      <form role="search" className="flex gap-2">
        <input
          name="to"
          defaultValue={to}
          placeholder={t("filter")}
          aria-label={t("filter")}
          className="flex-1 rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
      </form>
      {messages.length === 0 ? <p className="text-sm text-slate-500">{t("empty")}</p> : null}
      {messages.map((message) => (
        <Card key={message.id}>
          <article data-testid="mail-message">
            <header className="mb-2 flex flex-wrap justify-between gap-2 text-sm">
              <span className="space-x-4">
                {message.from ? (
                  <span>
                    <span className="text-slate-500">{t("from")}:</span>{" "}
                    <span className="font-medium" data-user-text data-testid="mail-from">
                      {message.from}
                    </span>
                  </span>
                ) : null}
                <span>
                  <span className="text-slate-500">{t("to")}:</span> <span className="font-medium">{message.to}</span>
                </span>
              </span>
              <time className="text-slate-500">{dates.format(message.createdAt)}</time>
            </header>
            <h2 className="mb-2 font-semibold">{message.subject}</h2>
            <pre className="font-sans text-sm break-words whitespace-pre-wrap text-slate-700">{message.text}</pre>
          </article>
        </Card>
      ))}
    </div>
  );
}
