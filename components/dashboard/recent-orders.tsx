import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orderRows } from "@/components/orders/order-row";
import { Card } from "@/components/ui/card";
import { listOwnOrders } from "@/lib/orders/list-own-orders";
import type { DisplayPrefs } from "@/lib/users/display-prefs";
import { RecentOrdersList } from "./recent-orders-list";

/** The customer's five latest orders (nothing for a customer without any: the getting-started card speaks then). */
export async function RecentOrders({ userId, prefs, locale }: { userId: string; prefs: DisplayPrefs; locale: string }) {
  const [t, page] = await Promise.all([getTranslations("customerPages.dashboard"), listOwnOrders(userId, { take: 5 })]);
  if (page.orders.length === 0) return null;
  return (
    <Card
      className="min-w-0 lg:flex-[3]"
      title={t("recentOrders")}
      actions={
        <Link href="/user/orders" className="text-sm whitespace-nowrap text-brand-700 hover:underline">
          {t("seeAllOrders")}
        </Link>
      }
    >
      <RecentOrdersList rows={orderRows(page.orders, [], locale)} prefs={prefs} locale={locale} />
    </Card>
  );
}
