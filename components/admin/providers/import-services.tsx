"use client";

import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import type { ProviderServiceChoices } from "@/lib/catalog/provider-service-choices";
import type { Envelope } from "@/lib/http/envelope";
import { ImportServiceTable } from "./import-service-table";
import { MarkupFields, type MarkupState } from "./markup-fields";
import { postImport, type ImportLine } from "./read-import-stream";

type Props = { providerId: string; bdtPerUsd: string; categories: { id: string; name: string }[] };

export function ImportServices({ providerId, bdtPerUsd, categories }: Props) {
  const t = useTranslations("import");
  const [search, setSearch] = useState("");
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [markup, setMarkup] = useState<MarkupState>({ markupKind: "PERCENT", markupValue: "25", roundTo: "" });
  const [categoryId, setCategoryId] = useState("");
  const [categoryMap, setCategoryMap] = useState<Record<string, string>>({});
  const [progress, setProgress] = useState<ImportLine | null>(null);
  const [running, setRunning] = useState(false);

  const choices = useQuery({
    queryKey: ["provider-services", providerId],
    queryFn: async () => {
      const response = await fetch(`/api/admin/providers/${providerId}/services`);
      const body = (await response.json()) as Envelope<ProviderServiceChoices>;
      if (!body.success) throw new Error(body.error.message);
      return body.data;
    },
    staleTime: 60_000,
  });

  const visible = useMemo(() => {
    const text = search.trim().toLowerCase();
    const all = choices.data?.services ?? [];
    return text ? all.filter((service) => `${service.serviceId} ${service.name} ${service.category}`.toLowerCase().includes(text)) : all;
  }, [choices.data, search]);

  const run = async () => {
    setRunning(true);
    setProgress(null);
    await postImport(
      {
        providerId,
        providerServiceIds: [...selected],
        ...markup,
        categoryId: categoryId || null,
        categoryMap: categoryId ? {} : categoryMap,
      },
      setProgress,
    );
    setRunning(false);
    void choices.refetch();
  };

  return (
    <div className="space-y-4">
      <Card>
        <div className="grid gap-4 lg:grid-cols-4">
          <MarkupFields value={markup} onChange={setMarkup} />
          <label className="block space-y-1 text-sm">
            <span className="font-medium text-slate-700">{t("category")}</span>
            <select
              value={categoryId}
              onChange={(event) => setCategoryId(event.target.value)}
              className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2"
            >
              <option value="">{t("keepProviderCategories")}</option>
              {categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {category.name}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <Button onClick={run} disabled={running || selected.size === 0}>
            {running ? t("importing") : t("importSelected", { count: selected.size })}
          </Button>
          <ImportProgress line={progress} />
        </div>
      </Card>
      <Card>
        <input
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          placeholder={t("search")}
          aria-label={t("search")}
          className="mb-4 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        {choices.isPending ? <p className="text-sm text-slate-500">{t("loading")}</p> : null}
        {choices.isError ? <Notice tone="error">{choices.error.message}</Notice> : null}
        {choices.data ? (
          <ImportServiceTable
            services={visible}
            currency={choices.data.currency}
            bdtPerUsd={bdtPerUsd}
            markup={markup}
            selected={selected}
            onSelectedChange={setSelected}
            mapping={categoryId ? undefined : { categories, value: categoryMap, onChange: setCategoryMap }}
          />
        ) : null}
      </Card>
    </div>
  );
}

function ImportProgress({ line }: { line: ImportLine | null }) {
  const t = useTranslations("import");
  if (!line) return null;
  if (line.type === "error") return <Notice tone="error">{line.error.message}</Notice>;
  if (line.type === "done") {
    return (
      <Notice tone="success">
        {t("done", { created: line.result.created, updated: line.result.updated, missing: line.result.missing.length })}
      </Notice>
    );
  }
  const percent = line.total === 0 ? 100 : Math.round((line.done / line.total) * 100);
  return (
    <div
      className="flex min-w-48 items-center gap-2 text-sm text-slate-600"
      role="progressbar"
      aria-valuenow={percent}
      aria-valuemin={0}
      aria-valuemax={100}
    >
      <div className="h-2 flex-1 rounded bg-slate-200">
        <div className="h-2 rounded bg-brand-600" style={{ width: `${percent}%` }} />
      </div>
      {line.done}/{line.total}
    </div>
  );
}
