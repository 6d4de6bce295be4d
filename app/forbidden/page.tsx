import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { MessagePage } from "@/components/ui/message-page";

export default async function ForbiddenPage() {
  const t = await getTranslations("forbidden");
  return (
    <MessagePage title={t("title")} body={t("body")} testId="forbidden-title">
      <Link href="/user/dashboard" className={buttonClass("primary")}>
        {t("back")}
      </Link>
    </MessagePage>
  );
}
