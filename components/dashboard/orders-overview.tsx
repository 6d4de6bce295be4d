import { money } from "@/lib/money/money";
import { dashboardSummary } from "./dashboard-data";
import { GettingStarted } from "./getting-started";
import { StatusCounts } from "./status-counts";

/** Orders by status, or for a customer who has none yet, the two steps to a first order. */
export async function OrdersOverview({ userId, balance, locale }: { userId: string; balance: string; locale: string }) {
  const summary = await dashboardSummary(userId);
  return summary.total === 0 ? (
    <GettingStarted funded={money(balance).gt(0)} locale={locale} />
  ) : (
    <StatusCounts summary={summary} locale={locale} />
  );
}
