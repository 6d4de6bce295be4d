import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { OrderActions } from "@/components/admin/orders/order-actions";
import { MoveOrderBox } from "@/components/admin/orders/move-order-box";
import { OrderDetails } from "@/components/admin/orders/order-details";
import { OrderRequests } from "@/components/admin/orders/order-requests";
import { OrderStatusBadge } from "@/components/admin/orders/order-status-badge";
import { OrderTimeline } from "@/components/admin/orders/order-timeline";
import { ResolveUncertainBox } from "@/components/admin/orders/resolve-uncertain-box";
import { OrderChildren } from "@/components/orders/detail/order-children";
import { trackedView } from "@/components/orders/tracked-view";
import { Card, PageTitle } from "@/components/ui/card";
import { pagePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isAppError } from "@/lib/errors/app-error";
import { getOrderForAdmin } from "@/lib/orders/admin/get-order-for-admin";
import { activeProviderNames } from "@/lib/providers/active-provider-names";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  return { title: (await getTranslations("ordersAdmin.detail"))("title", { id: (await params).id }) };
}

async function loadOrder(id: string) {
  if (!/^\d{1,9}$/.test(id)) notFound(); // order ids are 32-bit integers
  try {
    return await getOrderForAdmin(Number(id));
  } catch (error) {
    if (isAppError(error) && error.status === 404) notFound();
    throw error;
  }
}

export default async function AdminOrderPage({ params }: { params: Promise<{ id: string }> }) {
  const admin = await pagePermission("orders.read");
  const order = await loadOrder((await params).id);
  const [t, tTracked, locale] = await Promise.all([getTranslations("ordersAdmin"), getTranslations("tracked"), getLocale()]);
  const canManage = can(admin.role, "orders.manage");
  // A pending order (not sent yet) may move to another provider's equivalent service.
  const providers = canManage && order.status === "PENDING" ? await activeProviderNames() : null;
  const tracked = trackedView(order);

  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin/orders" className="text-sm text-brand-700 hover:underline">
          ← {t("list.title")}
        </Link>
      </div>
      <PageTitle subtitle={<OrderStatusBadge status={order.status} />}>{t("detail.title", { id: order.id })}</PageTitle>
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title={t("detail.details")} className="lg:col-span-2">
          <OrderDetails order={order} locale={locale} />
        </Card>
        <div className="space-y-4">
          {canManage && order.status === "UNCERTAIN" ? (
            <Card title={t("resolve.title")}>
              <ResolveUncertainBox orderId={order.id} answeredProviderOrderId={order.answeredProviderOrderId} />
            </Card>
          ) : null}
          {canManage ? (
            <Card title={t("detail.actions")}>
              <OrderActions
                orderId={order.id}
                status={order.status}
                quantity={order.quantity}
                atProvider={Boolean(order.providerOrderId)}
                canForward={Boolean(
                  (order.provider && order.providerServiceId) || (order.service.providerId && order.service.providerServiceId),
                )}
                charge={order.charge}
                refunded={order.refunded}
                email={order.user.email}
              />
            </Card>
          ) : null}
          {providers ? (
            <Card title={t("move.cardTitle")}>
              <MoveOrderBox
                orderId={order.id}
                type={order.service.type}
                current={{ providerName: order.provider?.name ?? null, providerServiceId: order.providerServiceId }}
                providers={providers}
                email={order.user.email}
              />
            </Card>
          ) : null}
        </div>
      </div>
      {tracked ? (
        <Card title={tTracked("children.title")}>
          <OrderChildren orderId={order.id} tracked={tracked} expiresAt={order.expiresAt} rows={order.children} locale={locale} />
        </Card>
      ) : null}
      <Card title={t("timeline.title")}>
        <OrderTimeline
          events={order.events}
          order={{ providerName: order.provider?.name ?? null, providerOrderId: order.providerOrderId }}
          locale={locale}
        />
      </Card>
      <Card title={t("requests.title")}>
        <OrderRequests requests={order.requests} locale={locale} />
      </Card>
    </div>
  );
}
