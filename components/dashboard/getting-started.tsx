import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { numberFormat } from "@/lib/i18n/format-number";

/** A brand-new customer's two steps: add funds, then place the first order (the first is ticked once funded). */
export async function GettingStarted({ funded, locale }: { funded: boolean; locale: string }) {
  const t = await getTranslations("customerPages.dashboard.start");
  const numbers = numberFormat(locale, 0);
  const steps = [
    { title: t("fundsTitle"), body: t("fundsBody"), href: "/user/add-funds", done: funded },
    { title: t("orderTitle"), body: t("orderBody"), href: "/user/orders/create", done: false },
  ];
  const next = steps.findIndex((step) => !step.done);
  return (
    <Card title={t("title")}>
      <p className="-mt-2 mb-4 text-sm text-slate-600">{t("body")}</p>
      <ol className="grid gap-4 sm:grid-cols-2" data-testid="getting-started">
        {steps.map((step, index) => (
          <li key={step.href} className="flex flex-col rounded-md border border-slate-200 p-4">
            <div className="flex items-center justify-between gap-2">
              <span className="text-xs font-medium text-slate-500 uppercase">{t("step", { number: numbers.format(index + 1) })}</span>
              {step.done ? <Badge tone="green">{t("done")}</Badge> : null}
            </div>
            <h3 className="mt-1 font-semibold text-slate-900">{step.title}</h3>
            <p className="mt-1 mb-4 flex-1 text-sm text-slate-600">{step.body}</p>
            <Link href={step.href} className={buttonClass(index === next ? "primary" : "secondary", "self-start")}>
              {step.title}
            </Link>
          </li>
        ))}
      </ol>
    </Card>
  );
}
