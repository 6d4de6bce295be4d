import Link from "next/link";
import { useTranslations } from "next-intl";
import { actionKey, isAuditAction } from "@/lib/audit/audit-actions";
import { auditDiff } from "@/lib/audit/audit-diff";
import { auditObjectRef } from "@/lib/audit/audit-object";
import { auditValueText, type AuditValueText, type ValueMessages } from "@/lib/audit/audit-value";
import type { AuditEntry } from "@/lib/audit/list-audit";
import { numberFormat } from "@/lib/i18n/format-number";
import { localDigits } from "@/lib/i18n/local-digits";

/**
 * One audit entry: what was done (in words) to which object (linked where it has a page), by whom and
 * when, the fields it changed (old → new), and the whole record folded away.
 */
export function AuditEntryItem({ entry, locale, time }: { entry: AuditEntry; locale: string; time: string }) {
  const t = useTranslations("adminHistory.audit");
  const tv = useTranslations("adminHistory.audit.values");
  const values = Object.assign((key: string) => tv(key as never), { has: (key: string) => tv.has(key as never) }) as ValueMessages;
  const object = auditObjectRef(entry);
  const type = t(`objects.${object.type}` as never);
  const objectLabel = t(
    `object.${object.label}` as never,
    {
      type,
      id: /^\d+$/.test(object.id) ? localDigits(object.id, locale) : object.id,
      name: object.name ?? "",
      count: numberFormat(locale).format(object.count),
    } as never,
  );
  const action = isAuditAction(entry.action) ? t(`actions.${actionKey(entry.action)}` as never) : t("actions.unknown", { type });
  const changes = auditDiff(entry.before, entry.after);
  const fieldLabel = (field: string) => (t.has(`fields.${field}` as never) ? t(`fields.${field}` as never) : field);
  const record = JSON.stringify(
    { action: entry.action, objectType: entry.objectType, objectId: entry.objectId, before: entry.before, after: entry.after },
    null,
    2,
  );

  return (
    <li className="min-w-0 py-4 first:pt-0 last:pb-0" data-testid="audit-entry">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <p className="min-w-0 font-medium wrap-anywhere text-slate-900">
          {action}
          {" · "}
          {object.href ? (
            <Link href={object.href} className="text-brand-700 underline">
              {objectLabel}
            </Link>
          ) : (
            <span>{objectLabel}</span>
          )}
        </p>
        <time dateTime={entry.createdAt.toISOString()} className="text-xs whitespace-nowrap text-slate-500">
          {time}
        </time>
      </div>
      <p className="mt-0.5 text-xs wrap-anywhere text-slate-600">
        {t("entry.by", { actor: entry.actor?.email ?? t("entry.system") })}
        {entry.ip ? (
          <>
            {" · "}
            {t.rich("entry.ip", { ip: entry.ip, address: (chunks) => <span data-user-text>{chunks}</span> })}
          </>
        ) : null}
      </p>
      {changes.length > 0 ? (
        <dl className="mt-2 space-y-1 text-sm">
          {changes.map((change) => {
            const before = auditValueText(change.field, change.before, locale, values, entry.names);
            const after = auditValueText(change.field, change.after, locale, values, entry.names);
            return (
              <div key={change.field} className="flex min-w-0 flex-wrap gap-x-2">
                <dt className="text-slate-500">{fieldLabel(change.field)}:</dt>
                <dd className="min-w-0 wrap-anywhere text-slate-800">
                  {change.before !== undefined ? (
                    <>
                      <Value value={before} className="text-slate-500" />
                      <span className="px-1 text-slate-400">→</span>
                    </>
                  ) : null}
                  <Value value={after} className="font-medium" />
                </dd>
              </div>
            );
          })}
        </dl>
      ) : (
        <p className="mt-2 text-sm text-slate-500">{t("entry.noChanges")}</p>
      )}
      <details className="mt-2 text-xs">
        <summary className="w-fit cursor-pointer text-slate-500 hover:text-slate-800">{t("entry.details")}</summary>
        <pre className="mt-1 max-h-72 overflow-auto rounded-md bg-slate-50 p-2 font-mono break-all whitespace-pre-wrap text-slate-700">
          {record}
        </pre>
      </details>
    </li>
  );
}

/** A value as text; JSON in code type, and what a person typed marked as theirs (it keeps its own language). */
function Value({ value, className }: { value: AuditValueText; className: string }) {
  if (value.code) return <code className={`font-mono text-xs ${className}`}>{value.text}</code>;
  return (
    <span className={className} data-user-text={value.typed ? "" : undefined}>
      {value.text}
    </span>
  );
}
