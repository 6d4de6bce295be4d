"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { Failure } from "@/lib/http/envelope";
import { formatAmount, numberFormat } from "@/lib/i18n/format-number";
import type { BelowCostService } from "@/lib/pricing/below-cost";

type Pending = { count: number; services: BelowCostService[]; retry: () => Promise<void> };

/**
 * The confirmation a price below the provider's cost needs: `ask` opens it when the server refused
 * with below_cost (and says so), naming the first services with their new price and their cost; the
 * admin's confirmation sends the same change again with confirmBelowCost.
 */
export function useBelowCostConfirm() {
  const t = useTranslations("pricing.belowCost");
  const locale = useLocale();
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);

  const ask = (failure: Failure, retry: () => Promise<void>): boolean => {
    if (failure.error.code !== "below_cost") return false;
    const details = failure.error.details as { count?: number; services?: BelowCostService[] } | undefined;
    setPending({ count: details?.count ?? 0, services: details?.services ?? [], retry });
    return true;
  };

  const dialog = pending ? (
    <ConfirmDialog
      open
      title={t("title", { count: pending.count })}
      description={t("body")}
      facts={pending.services.map((service) => ({
        label: `#${numberFormat(locale).format(service.id)} ${service.name}`,
        value: t("fact", { price: formatAmount(service.price, locale), cost: formatAmount(service.cost, locale) }),
      }))}
      confirmLabel={t("confirm")}
      tone="danger"
      busy={busy}
      onConfirm={async () => {
        setBusy(true);
        await pending.retry();
        setBusy(false);
        setPending(null);
      }}
      onCancel={() => setPending(null)}
    />
  ) : null;
  return { ask, dialog };
}
