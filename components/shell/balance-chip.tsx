"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import { PriceText } from "@/components/wallet/price-text";
import type { Envelope } from "@/lib/http/envelope";
import type { BalanceView } from "@/lib/users/balance-view";

/** Invalidate this key after anything that moves the customer's money, and the top bar follows. */
export const BALANCE_QUERY_KEY = ["user-balance"] as const;

/** The wallet balance in the top bar of every customer page, in the reader's currency, with Add funds beside it. */
export function BalanceChip({ initial }: { initial: BalanceView }) {
  const t = useTranslations("shell");
  const locale = useLocale();
  const pathname = usePathname();
  const query = useQuery({
    queryKey: BALANCE_QUERY_KEY,
    queryFn: async (): Promise<BalanceView> => {
      const answer = await fetch("/api/user/balance", { headers: { accept: "application/json" } });
      if (!answer.ok) throw new Error(`balance ${answer.status}`);
      // The panel's API answers in its envelope (lib/http/envelope.ts).
      const body = (await answer.json()) as Envelope<BalanceView>;
      if (!body.success) throw new Error(body.error.message);
      return body.data;
    },
    initialData: initial,
    staleTime: 15_000,
    refetchInterval: 60_000,
  });
  const { refetch } = query;
  // A page change may follow an order or a payment: read the balance again.
  useEffect(() => {
    void refetch();
  }, [pathname, refetch]);
  return (
    <div className="flex items-center gap-2">
      <span className="text-sm whitespace-nowrap text-slate-700">
        <span className="sr-only sm:not-sr-only sm:mr-1 sm:text-slate-500">{t("balance")}</span>
        <span className="font-semibold text-slate-900" data-testid="topbar-balance">
          <PriceText amountBdt={query.data.balance} prefs={query.data.prefs} locale={locale} />
        </span>
      </span>
      <Link
        href="/user/add-funds"
        aria-label={t("addFunds")}
        className="rounded-md bg-brand-600 px-2 py-1 text-xs font-medium whitespace-nowrap text-white hover:bg-brand-700"
      >
        <span aria-hidden="true">+</span>
        <span className="hidden sm:inline"> {t("addFunds")}</span>
      </Link>
    </div>
  );
}
