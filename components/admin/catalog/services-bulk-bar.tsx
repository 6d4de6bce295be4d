"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { bulkUpdateServicesAction } from "@/lib/actions/admin/catalog-services";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { ServicesRepriceForm } from "./services-reprice-form";

export type BulkInput = Parameters<typeof bulkUpdateServicesAction>[0];

/** Enable, disable, move or re-price the services ticked in the table; says how many changed. */
export function ServicesBulkBar({ serviceIds, categories }: { serviceIds: number[]; categories: { id: string; name: string }[] }) {
  const t = useTranslations();
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [target, setTarget] = useState("");
  const none = serviceIds.length === 0;

  const run = async (input: BulkInput) => {
    setBusy(true);
    setNotice(null);
    try {
      const result = await bulkUpdateServicesAction(input);
      if (!result.success) return setNotice({ tone: "error", text: failureMessage(result, t) });
      setNotice({ tone: "success", text: t("catalogAdmin.bulk.affected", { count: result.data.affected }) });
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-label={t("catalogAdmin.bulk.title")} className="space-y-3 rounded-md border border-slate-200 bg-slate-50 p-3">
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <div className="flex flex-wrap items-end gap-2">
        <p className="mr-2 self-center text-sm font-medium text-slate-700" data-testid="bulk-selected">
          {t("catalogAdmin.bulk.selected", { count: serviceIds.length })}
        </p>
        <Button variant="secondary" disabled={none || busy} onClick={() => run({ action: "enable", serviceIds })}>
          {t("catalogAdmin.bulk.enable")}
        </Button>
        <Button variant="secondary" disabled={none || busy} onClick={() => run({ action: "disable", serviceIds })}>
          {t("catalogAdmin.bulk.disable")}
        </Button>
        <div className="flex items-end gap-2">
          <div className="space-y-1">
            <label htmlFor="bulk-move-category" className="block text-xs font-medium text-slate-600">
              {t("catalogAdmin.bulk.moveTo")}
            </label>
            <select
              id="bulk-move-category"
              value={target}
              onChange={(event) => setTarget(event.target.value)}
              className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
            >
              <option value="">{t("catalogAdmin.bulk.pickCategory")}</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          </div>
          <Button
            variant="secondary"
            disabled={none || busy || !target}
            onClick={() => run({ action: "move", serviceIds, categoryId: target })}
          >
            {t("catalogAdmin.bulk.move")}
          </Button>
        </div>
      </div>
      <ServicesRepriceForm serviceIds={serviceIds} disabled={none || busy} onRun={run} />
    </section>
  );
}
