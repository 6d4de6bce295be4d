import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";
import { SIGNED_IN_CHOICES, USER_ROLES, USER_SORTS, USER_STATUSES, type UserListQuery } from "@/lib/users/list-users-query";

const INPUT = "max-w-full rounded-md border border-slate-300 px-2 py-2 text-sm";

/** The users list's search, filters and sort as a plain GET form (the URL is the state; no script needed). */
export function UsersFilters({ query, groups }: { query: UserListQuery; groups: { id: string; name: string }[] }) {
  const t = useTranslations("adminUsers");
  const tr = useTranslations("roles");
  const ts = useTranslations("statuses");
  const tc = useTranslations("common");
  return (
    <form className="mb-4 flex flex-wrap items-end gap-2" role="search" aria-label={t("filters")}>
      <Labelled id="users-q" label={t("searchPlaceholder")} grow>
        <input id="users-q" name="q" defaultValue={query.q} className={`${INPUT} w-full px-3`} />
      </Labelled>
      <Labelled id="users-role" label={t("role")}>
        <select id="users-role" name="role" defaultValue={query.role ?? ""} className={INPUT}>
          <option value="">{t("allRoles")}</option>
          {USER_ROLES.map((value) => (
            <option key={value} value={value}>
              {tr(value)}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="users-status" label={t("status")}>
        <select id="users-status" name="status" defaultValue={query.status ?? ""} className={INPUT}>
          <option value="">{t("allStatuses")}</option>
          {USER_STATUSES.map((value) => (
            <option key={value} value={value}>
              {ts(value)}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="users-group" label={t("priceGroup")}>
        <select id="users-group" name="group" defaultValue={query.group ?? ""} className={INPUT}>
          <option value="">{t("allGroups")}</option>
          <option value="none">{t("noGroup")}</option>
          {groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="users-spent" label={t("spentMin")}>
        <input id="users-spent" name="spentMin" inputMode="decimal" defaultValue={query.spentMin ?? ""} className={`${INPUT} w-28`} />
      </Labelled>
      <Labelled id="users-deposited" label={t("depositedMin")}>
        <input
          id="users-deposited"
          name="depositedMin"
          inputMode="decimal"
          defaultValue={query.depositedMin ?? ""}
          className={`${INPUT} w-28`}
        />
      </Labelled>
      <Labelled id="users-signed-in" label={t("signedIn")}>
        <select id="users-signed-in" name="signedIn" defaultValue={query.signedIn ?? ""} className={INPUT}>
          <option value="">{t("signedInAny")}</option>
          {SIGNED_IN_CHOICES.map((value) => (
            <option key={value} value={value}>
              {value === "never" ? t("signedInNever") : t("signedInWithin", { days: Number(value) })}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="users-sort" label={t("sortBy")}>
        <select id="users-sort" name="sort" defaultValue={query.sort} className={INPUT}>
          {USER_SORTS.map((value) => (
            <option key={value} value={value}>
              {t(`sorts.${value}`)}
            </option>
          ))}
        </select>
      </Labelled>
      <Labelled id="users-dir" label={t("dir")}>
        <select id="users-dir" name="dir" defaultValue={query.dir} className={INPUT}>
          <option value="desc">{t("dirs.desc")}</option>
          <option value="asc">{t("dirs.asc")}</option>
        </select>
      </Labelled>
      <button type="submit" className={buttonClass("secondary")}>
        {tc("search")}
      </button>
    </form>
  );
}

function Labelled({ id, label, grow, children }: { id: string; label: string; grow?: boolean; children: ReactNode }) {
  return (
    <div className={grow ? "min-w-56 flex-1 space-y-1" : "space-y-1"}>
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
    </div>
  );
}
