import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { actionKey, AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, isAuditAction } from "@/lib/audit/audit-actions";
import type { AuditQuery, AuditQueryField } from "@/lib/audit/audit-query";

const INPUT = "w-full rounded-md border border-slate-300 px-2 py-2 text-sm aria-invalid:border-red-500";

/**
 * The audit log's filters as a plain GET form (the URL is the state). Values come back as typed, even
 * a refused one, with its message under the field.
 */
export function AuditFilters({
  given,
  errors,
}: {
  given: Partial<Record<AuditQueryField, string>>;
  errors: Partial<Record<AuditQueryField, string>>;
}) {
  const t = useTranslations("adminHistory.audit");
  const value = (field: keyof AuditQuery) => given[field] ?? "";
  const field = (name: AuditQueryField, label: string, control: (props: ControlProps) => ReactNode) => (
    <Field name={name} label={label} error={errors[name]}>
      {control({
        id: `audit-${name}`,
        name,
        defaultValue: value(name),
        className: INPUT,
        "aria-invalid": errors[name] ? true : undefined,
        "aria-describedby": errors[name] ? `audit-${name}-error` : undefined,
      })}
    </Field>
  );
  const unknownAction = given.action && !isAuditAction(given.action) ? given.action : null;
  return (
    <form
      className="mb-6 grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4"
      role="search"
      aria-label={t("filters.title")}
      data-testid="audit-filters"
    >
      {field("actor", t("filters.actor"), (props) => (
        <input {...props} type="search" placeholder={t("filters.actorPlaceholder")} />
      ))}
      {field("action", t("filters.action"), (props) => (
        <select {...props}>
          <option value="">{t("filters.allActions")}</option>
          {AUDIT_ACTIONS.map((action) => (
            <option key={action} value={action}>
              {t(`actions.${actionKey(action)}` as never)}
            </option>
          ))}
          {unknownAction ? <option value={unknownAction}>{t("actions.unknown", { type: t("objects.other") })}</option> : null}
        </select>
      ))}
      {field("objectType", t("filters.objectType"), (props) => (
        <select {...props}>
          <option value="">{t("filters.allObjectTypes")}</option>
          {AUDIT_OBJECT_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`objects.${type}` as never)}
            </option>
          ))}
        </select>
      ))}
      {field("objectId", t("filters.objectId"), (props) => (
        <input {...props} />
      ))}
      {field("from", t("filters.from"), (props) => (
        <input {...props} type="date" />
      ))}
      {field("to", t("filters.to"), (props) => (
        <input {...props} type="date" />
      ))}
      <div className="flex items-end gap-3 sm:col-span-2">
        <button type="submit" className={buttonClass("primary")}>
          {t("filters.apply")}
        </button>
        <Link href="/admin/audit" className="py-2 text-sm text-brand-700 hover:underline">
          {t("filters.clear")}
        </Link>
      </div>
    </form>
  );
}

type ControlProps = {
  id: string;
  name: string;
  defaultValue: string;
  className: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

function Field({ name, label, error, children }: { name: string; label: string; error?: string; children: ReactNode }) {
  return (
    <div className="min-w-0 space-y-1">
      <label htmlFor={`audit-${name}`} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`audit-${name}-error`} className="text-xs text-red-700" data-field-error={name}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
