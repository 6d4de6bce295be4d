"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PriceText } from "@/components/wallet/price-text";
import { numberFormat } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";
import type { MassPreview } from "@/lib/orders/mass-preview";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import type { Translator } from "@/components/forms/failure-text";
import { displayAmount } from "./display-amount";
import { localProblemText } from "./local-digits";

type Props = {
  preview: MassPreview;
  balance: string;
  busy: boolean;
  onConfirm: () => void;
  onEdit: () => void;
  prefs: DisplayPrefs;
  locale: string;
};

/** The mass order before it is placed: each line's service, amount and price or its error, the total against the balance, and the confirmation. */
export function MassOrderPreview({ preview, balance, busy, onConfirm, onEdit, prefs, locale }: Props) {
  const t = useTranslations("ordering.mass");
  const translate = useTranslations() as unknown as Translator;
  const digits = numberFormat(locale);
  const refused = preview.lines.length - preview.placeable;
  return (
    <section className="space-y-4" aria-labelledby="mass-preview-title" data-testid="mass-preview">
      <div className="space-y-1">
        <h2 id="mass-preview-title" className="text-base font-semibold text-slate-900">
          {t("previewTitle")}
        </h2>
        <p className="text-sm text-slate-600" role="status">
          {t("summary", { count: preview.placeable })}
          {refused > 0 ? ` · ${t("withErrors", { count: refused })}` : ""}
        </p>
      </div>
      <table className="w-full text-sm max-sm:block">
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase max-sm:sr-only">
          <tr>
            <th scope="col" className="w-14 py-2 pr-3 font-medium">
              {t("line")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("service")}
            </th>
            <th scope="col" className="py-2 pr-4 text-right font-medium">
              {t("quantity")}
            </th>
            <th scope="col" className="py-2 text-right font-medium">
              {t("price")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top max-sm:block">
          {preview.lines.map((line) => (
            <tr
              key={line.line}
              data-line={line.line}
              data-ok={line.ok}
              className="max-sm:grid max-sm:grid-cols-[3.5rem_minmax(0,1fr)_auto] max-sm:gap-x-2 max-sm:py-2"
            >
              <td className="py-2 pr-3 text-slate-500 tabular-nums max-sm:row-span-2 max-sm:py-0">
                <span className="sm:hidden">{t("lineNumber", { line: digits.format(line.line) })}</span>
                <span className="max-sm:hidden">{digits.format(line.line)}</span>
              </td>
              {line.ok ? (
                <>
                  <td className="py-2 pr-4 max-sm:col-span-2 max-sm:py-0 max-sm:pr-0">
                    <span className="text-xs text-slate-500">#{localDigits(String(line.serviceId), locale)} </span>
                    <span className="break-words" data-user-text>
                      {line.serviceName}
                    </span>
                    <span className="block font-mono text-xs break-all text-slate-500" data-user-text>
                      {line.link}
                    </span>
                  </td>
                  <td className="py-2 pr-4 text-right tabular-nums max-sm:col-start-2 max-sm:py-0 max-sm:text-left">
                    {digits.format(line.quantity)}
                  </td>
                  <td className="py-2 text-right font-medium max-sm:col-start-3 max-sm:row-start-2 max-sm:py-0">
                    <PriceText amountBdt={line.charge} prefs={prefs} locale={locale} />
                  </td>
                </>
              ) : (
                <td colSpan={3} className="py-2 max-sm:col-span-2 max-sm:py-0">
                  <span className="block font-mono text-xs break-all text-slate-600" data-user-text>
                    {line.text}
                  </span>
                  <span className="block text-red-700 first-letter:uppercase">{localProblemText(line.error, translate, locale)}</span>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="grid grid-cols-2 gap-3 rounded-md bg-slate-50 p-3 text-sm">
        <div>
          <dt className="text-slate-500">{t("total")}</dt>
          <dd className="text-lg font-semibold" data-testid="mass-total">
            <PriceText amountBdt={preview.total} prefs={prefs} locale={locale} />
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{t("balance")}</dt>
          <dd className="text-lg font-semibold">
            <PriceText amountBdt={balance} prefs={prefs} locale={locale} />
          </dd>
        </div>
      </dl>
      {preview.overBalance ? (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("overBalance")}{" "}
          <Link href="/user/add-funds" className="font-medium underline">
            {t("addFunds")}
          </Link>
        </p>
      ) : null}
      {preview.placeable === 0 ? <Notice tone="error">{t("nothingToPlace")}</Notice> : null}
      <div className="flex flex-wrap items-center gap-3">
        {preview.placeable > 0 ? (
          <Button onClick={onConfirm} disabled={busy}>
            {busy
              ? translate("orders.mass.placing")
              : t("confirm", { count: preview.placeable, total: displayAmount(preview.total, prefs, locale) })}
          </Button>
        ) : null}
        <Button variant="secondary" onClick={onEdit} disabled={busy}>
          {t("edit")}
        </Button>
      </div>
      <p className="text-xs text-slate-500">{t("recheck")}</p>
    </section>
  );
}
