import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import type { listServiceChangesForAdmin } from "@/lib/catalog/list-service-changes";

type Change = Awaited<ReturnType<typeof listServiceChangesForAdmin>>[number];
type Translator = { (key: string): string; has(key: string): boolean };

/** The service-change log as a table; `showService` adds a column linking to each service. */
export async function ServiceChangesTable({ changes, showService = false }: { changes: Change[]; showService?: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("catalogAdmin"), getLocale()]);
  const dates = dateTimeFormat(locale);
  if (changes.length === 0) return <p className="text-sm text-slate-500">{t("changes.empty")}</p>;

  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" data-testid="service-changes">
        <thead className="border-b border-slate-200 text-left text-xs text-slate-500 uppercase">
          <tr>
            <th className="py-2 pr-4 font-medium">{t("changes.time")}</th>
            {showService ? <th className="py-2 pr-4 font-medium">{t("changes.service")}</th> : null}
            <th className="py-2 pr-4 font-medium">{t("changes.kind")}</th>
            <th className="py-2 pr-4 font-medium">{t("changes.source")}</th>
            <th className="py-2 font-medium">{t("changes.change")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {changes.map((change) => (
            <tr key={change.id}>
              <td className="py-2 pr-4 whitespace-nowrap text-slate-600">{dates.format(change.createdAt)}</td>
              {showService ? (
                <td className="py-2 pr-4">
                  <Link href={`/admin/catalog/services/${change.service.id}`} className="text-brand-700 hover:underline">
                    #{change.service.id} {change.service.name}
                  </Link>
                </td>
              ) : null}
              <td className="py-2 pr-4 whitespace-nowrap">
                {label(t, `changes.kinds.${change.kind}`, change.kind)}
                {change.priceRise ? (
                  <span className="ml-2">
                    <Badge tone="amber">{t("changes.priceRise")}</Badge>
                  </span>
                ) : null}
              </td>
              <td className="py-2 pr-4">{label(t, `changes.sources.${change.source}`, change.source)}</td>
              <td className="py-2 font-mono text-xs text-slate-600">
                {change.before === null && change.after === null ? "—" : `${describe(t, change.before)} → ${describe(t, change.after)}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A translated label when the log holds a value we know, else the stored text itself. */
function label(t: Translator, key: string, fallback: string): string {
  return t.has(key) ? t(key) : fallback;
}

/** `{ rate: "12.0000", min: 10 }` → "rate: 12.0000, min: 10", in the reader's language. */
function describe(t: Translator, value: Change["before"]): string {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value === null ? "—" : String(value);
  return Object.entries(value)
    .map(([key, item]) => `${label(t, `changes.fields.${key}`, key)}: ${show(t, item)}`)
    .join(", ");
}

function show(t: Translator, item: unknown): string {
  if (item === null || item === undefined) return "—";
  if (typeof item === "boolean") return t(item ? "changes.yes" : "changes.no");
  if (item === "ACTIVE" || item === "DISABLED") return label(t, `statuses.${item}`, item);
  return String(item);
}
