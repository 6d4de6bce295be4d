import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { listApiKeys } from "@/lib/api-keys/list-api-keys";
import { dateTimeFormat } from "@/lib/i18n/format-date";
import { CreateKeyForm } from "./create-key-form";
import { KeyList } from "./key-list";

/** The signed-in customer's own keys (server-rendered list; the full key is only ever shown on creation). */
export async function KeyManager({ userId }: { userId: string }) {
  const [t, locale, keys] = await Promise.all([getTranslations("api.keys"), getLocale(), listApiKeys(userId)]);
  const format = dateTimeFormat(locale);
  const rows = keys.map((key) => ({
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    created: format.format(key.createdAt),
    lastUsed: key.lastUsedAt ? format.format(key.lastUsedAt) : null,
    revoked: key.revokedAt !== null,
  }));
  return (
    <div className="space-y-6">
      <Card title={t("createTitle")}>
        <CreateKeyForm />
      </Card>
      <Card title={t("listTitle")}>
        <KeyList rows={rows} />
      </Card>
    </div>
  );
}
