import { getTranslations } from "next-intl/server";
import { formatAmount, numberFormat, percentFormat } from "@/lib/i18n/format-number";
import { toDisplayCurrency } from "@/lib/money/format";
import { money } from "@/lib/money/money";
import type { Dashboard } from "@/lib/reports/dashboard";
import { changeOf } from "./compare";
import { FigureCard } from "./figure-card";

type Figure = { key: string; label: string; current: string | number; previous: string | number; amount: boolean; detail?: string };

/** The range's headline figures, each against the previous range; amounts in BDT, with USD beside when the viewer reads USD. */
export async function DashboardFigures({ dashboard, locale, usdRate }: { dashboard: Dashboard; locale: string; usdRate: string | null }) {
  const t = await getTranslations("ownerConsole.dashboard");
  const counts = numberFormat(locale, 0);
  const percent = percentFormat(locale);
  const show = (value: string | number, amount: boolean) => (amount ? formatAmount(String(value), locale) : counts.format(Number(value)));
  const usd = (value: string) =>
    usdRate
      ? t("usdNote", { amount: formatAmount(toDisplayCurrency(money(value), "USD", money(usdRate)).toFixed(4), locale, "USD") })
      : undefined;

  const figures: Figure[] = [];
  const { money: cash, orders, deposits, customers } = dashboard;
  if (cash) {
    const margin = cash.current.margin;
    figures.push(
      {
        key: "revenue",
        label: t("revenue"),
        current: cash.current.revenue,
        previous: cash.previous.revenue,
        amount: true,
        detail: usd(cash.current.revenue) ?? t("revenueHint"),
      },
      {
        key: "profit",
        label: t("profit"),
        current: cash.current.profit,
        previous: cash.previous.profit,
        amount: true,
        detail: margin === null ? t("noMargin") : t("margin", { margin: percent.format(Number(margin) / 100) }),
      },
      {
        key: "cost",
        label: t("cost"),
        current: cash.current.cost,
        previous: cash.previous.cost,
        amount: true,
        detail: usd(cash.current.cost),
      },
      { key: "refunds", label: t("refunds"), current: cash.current.refunded, previous: cash.previous.refunded, amount: true },
    );
  }
  if (deposits)
    figures.push({
      key: "deposits",
      label: t("deposits"),
      current: deposits.current.amount,
      previous: deposits.previous.amount,
      amount: true,
      detail: t("depositsCount", { count: deposits.current.count }),
    });
  if (orders)
    figures.push({ key: "orders", label: t("orders"), current: orders.current.count, previous: orders.previous.count, amount: false });
  if (cash && cash.current.averageOrder !== null)
    figures.push({
      key: "average",
      label: t("averageOrder"),
      current: cash.current.averageOrder,
      previous: cash.previous.averageOrder ?? "0",
      amount: true,
    });
  if (customers)
    figures.push(
      { key: "new", label: t("newCustomers"), current: customers.current.new, previous: customers.previous.new, amount: false },
      {
        key: "active",
        label: t("activeCustomers"),
        current: customers.current.active,
        previous: customers.previous.active,
        amount: false,
        detail: t("activeHint"),
      },
    );

  return (
    <div className="grid grid-cols-2 gap-3 xl:grid-cols-4" data-testid="dashboard-figures">
      {figures.map((figure) => {
        const change = changeOf(figure.current, figure.previous);
        const changeText =
          change.key === "up" || change.key === "down"
            ? t(change.key, { change: percent.format(change.percent) })
            : t(change.key === "fresh" ? "fresh" : "same");
        return (
          <FigureCard
            key={figure.key}
            testId={`figure-${figure.key}`}
            label={figure.label}
            value={show(figure.current, figure.amount)}
            detail={figure.detail}
            change={change}
            changeText={changeText}
            previousText={
              change.key === "up" || change.key === "down" ? t("previous", { value: show(figure.previous, figure.amount) }) : undefined
            }
          />
        );
      })}
    </div>
  );
}
