import { useTranslations } from "next-intl";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { AdminOrderDetail } from "@/lib/orders/admin/get-order-for-admin";

/** The customer's refill and cancel requests for this order. */
export function OrderRequests({ requests, locale }: { requests: AdminOrderDetail["requests"]; locale: string }) {
  const t = useTranslations("ordersAdmin.requests");
  const dates = dateTimeFormat(locale);
  if (requests.length === 0) return <p className="text-sm text-slate-500">{t("empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("kind")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("status")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("providerRequestId")}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t("message")}
            </th>
            <th scope="col" className="py-2 font-medium">
              {t("created")}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {requests.map((request) => (
            <tr key={request.id}>
              <td className="py-2 pr-4">
                {request.kind === "refill" || request.kind === "cancel" ? t(`kinds.${request.kind}`) : request.kind}
              </td>
              <td className="py-2 pr-4 font-mono text-xs">{request.status}</td>
              <td className="py-2 pr-4 font-mono text-xs">{request.providerRequestId ?? "—"}</td>
              <td className="py-2 pr-4">{request.message ?? "—"}</td>
              <td className="py-2 whitespace-nowrap text-slate-600">{dates.format(request.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
