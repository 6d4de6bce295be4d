import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { MessagePage } from "@/components/ui/message-page";

export default async function NotFound() {
  const t = await getTranslations("pages");
  return (
    <MessagePage title={t("notFoundTitle")} body={t("notFoundBody")} testId="not-found-title">
      <Link href="/" className={buttonClass("primary")}>
        {t("home")}
      </Link>
    </MessagePage>
  );
}
