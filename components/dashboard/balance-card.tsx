import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PriceText } from "@/components/wallet/price-text";
import type { DisplayPrefs } from "@/lib/users/display-prefs";

/** The wallet balance in the reader's currency, with the two next steps at hand. */
export async function BalanceCard({ balance, prefs, locale }: { balance: string; prefs: DisplayPrefs; locale: string }) {
  const t = await getTranslations("customerPages.dashboard");
  return (
    <Card>
      <p className="text-sm text-slate-600">{t("balance")}</p>
      <p className="mt-1 text-3xl font-semibold break-words text-slate-900" data-testid="wallet-balance">
        <PriceText amountBdt={balance} prefs={prefs} locale={locale} />
      </p>
      <div className="mt-4 flex flex-wrap gap-2">
        <Link href="/user/add-funds" className={buttonClass("primary")}>
          {t("addFunds")}
        </Link>
        <Link href="/user/orders/create" className={buttonClass("secondary")}>
          {t("newOrder")}
        </Link>
      </div>
    </Card>
  );
}
