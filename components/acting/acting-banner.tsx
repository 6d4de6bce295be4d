import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/lib/auth/session";
import { ReturnToAdminButton } from "./return-to-admin-button";

/** On every page while an admin views the panel as a customer: who, that nothing can change, and the way back. */
export async function ActingBanner({ user }: { user: Pick<SessionUser, "actingAdmin" | "fullName" | "email"> | null }) {
  if (!user?.actingAdmin) return null;
  const t = await getTranslations("acting");
  return (
    <section aria-label={t("label")} data-acting-banner className="border-b border-rose-300 bg-rose-50 px-4 py-1.5 text-sm text-rose-900">
      <div className="mx-auto flex max-w-[96rem] items-center gap-x-4 gap-y-2">
        {/* On a phone only the name and "read-only": the banner sits in the sticky header and must stay small. */}
        <p className="min-w-0 flex-1 break-words">
          <span className="font-semibold">{t("viewing", { name: user.fullName })}</span>{" "}
          <span className="hidden sm:inline">{t("detail", { email: user.email, admin: user.actingAdmin.fullName })}</span>
          <span className="sm:hidden">· {t("readOnlyShort")}</span>
        </p>
        <ReturnToAdminButton />
      </div>
    </section>
  );
}
