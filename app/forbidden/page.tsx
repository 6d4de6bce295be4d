import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClass } from "@/components/ui/button";
import { MessagePage } from "@/components/ui/message-page";
import { currentUser } from "@/lib/auth/current-user";
import { forbiddenReason } from "@/lib/auth/forbidden-reason";
import { readSearchParams, type RawSearchParams } from "@/lib/http/search-params";

/**
 * A refused page: a customer (or anyone not staff) hears that the part is for staff only; a staff
 * member hears which permission their role lacks (pagePermission sends ?need=) and whom to ask.
 */
export default async function ForbiddenPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const [t, tAll, user, { need }] = await Promise.all([
    getTranslations("feedback.forbidden"),
    getTranslations(),
    currentUser(),
    readSearchParams(searchParams),
  ]);
  const reason = forbiddenReason(user?.role ?? null, need);
  if (reason.kind === "staffOnly") {
    return (
      <MessagePage title={tAll("forbidden.title")} body={tAll("forbidden.body")} testId="forbidden-title">
        <Link href="/user/dashboard" className={buttonClass("primary")}>
          {tAll("forbidden.back")}
        </Link>
      </MessagePage>
    );
  }
  const area = reason.permission ? t(`areas.${reason.permission.replace(".", "_")}`) : t("thisPage");
  return (
    <MessagePage
      title={t("permissionTitle")}
      body={<span data-testid="forbidden-reason">{t("permissionBody", { role: tAll(`roles.${reason.role}`), area })}</span>}
      testId="forbidden-title"
    >
      <Link href="/admin" className={buttonClass("primary")}>
        {t("toAdmin")}
      </Link>
    </MessagePage>
  );
}
