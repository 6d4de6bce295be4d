"use client";

import { useTranslations } from "next-intl";
import { Notice } from "@/components/ui/notice";
import type { BulkResult } from "@/lib/orders/admin/bulk-order-action";
import { useFailureText } from "./use-failure-text";

/** What a bulk action did: how many orders it changed and why it left the others. */
export function BulkResultSummary({ result }: { result: BulkResult }) {
  const t = useTranslations("ordersAdmin.result");
  const { forCode } = useFailureText();
  const problems = result.skipped.length + (result.providerErrors?.length ?? 0);
  return (
    <Notice tone={problems === 0 ? "success" : result.ok > 0 ? "info" : "error"}>
      <p className="font-medium" data-testid="bulk-result">
        {t("summary", { ok: result.ok, skipped: result.skipped.length })}
      </p>
      {result.skipped.length ? (
        <ul className="mt-2 max-h-48 list-disc space-y-0.5 overflow-y-auto pl-5 text-xs">
          {result.skipped.map((item) => (
            <li key={`${item.orderId}-${item.code}`} title={item.reason}>
              {t("skippedLine", { id: item.orderId, reason: forCode(item.code, item.reason) })}
            </li>
          ))}
        </ul>
      ) : null}
      {result.providerErrors?.length ? (
        <ul className="mt-2 list-disc space-y-0.5 pl-5 text-xs">
          {result.providerErrors.map((error, index) => (
            <li key={index}>{t("providerError", { provider: error.providerId, message: error.message })}</li>
          ))}
        </ul>
      ) : null}
    </Notice>
  );
}
