import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { RevokeUserKeyButton } from "./revoke-user-key-button";

/** A customer's API keys on their admin page: prefix, name, created, last used, and Revoke for working ones. */
export async function UserApiKeys({ userId }: { userId: string }) {
  const [t, locale, keys] = await Promise.all([getTranslations("adminUser.apiKeys"), getLocale(), listApiKeys(userId)]);
  const when = dateTimeFormat(locale);
  return (
    <Card title={t("title")}>
      {keys.length === 0 ? (
        <p className="text-sm text-slate-500">{t("none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 text-sm" data-testid="user-api-keys">
          {keys.map((key) => (
            <li key={key.id} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2 py-2">
              <div className="min-w-0 space-y-0.5">
                <p className="flex flex-wrap items-center gap-2">
                  <code className="text-slate-800" data-user-text>
                    {key.prefix}…
                  </code>
                  <span className="break-words text-slate-900" data-user-text>
                    {key.name}
                  </span>
                  <Badge tone={key.revokedAt ? "slate" : "green"}>{key.revokedAt ? t("revoked") : t("active")}</Badge>
                </p>
                <p className="text-xs text-slate-500">
                  {t("created", { when: when.format(key.createdAt) })} ·{" "}
                  {key.lastUsedAt ? t("lastUsed", { when: when.format(key.lastUsedAt) }) : t("neverUsed")}
                </p>
              </div>
              {key.revokedAt ? null : <RevokeUserKeyButton userId={userId} keyId={key.id} name={key.name} prefix={key.prefix} />}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
