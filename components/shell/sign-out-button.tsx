import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/preferences";

export async function SignOutButton() {
  const t = await getTranslations("shell");
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        aria-label={t("signOut")}
        className="rounded-md px-2 py-1.5 text-sm whitespace-nowrap text-slate-600 hover:bg-slate-100 sm:px-3"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-5 sm:hidden">
          <path d="M3 4.25A2.25 2.25 0 0 1 5.25 2h5.5A2.25 2.25 0 0 1 13 4.25v2a.75.75 0 0 1-1.5 0v-2a.75.75 0 0 0-.75-.75h-5.5a.75.75 0 0 0-.75.75v11.5c0 .414.336.75.75.75h5.5a.75.75 0 0 0 .75-.75v-2a.75.75 0 0 1 1.5 0v2A2.25 2.25 0 0 1 10.75 18h-5.5A2.25 2.25 0 0 1 3 15.75V4.25Z" />
          <path d="M19 10a.75.75 0 0 0-.22-.53l-3-3a.75.75 0 1 0-1.06 1.06l1.72 1.72H8.75a.75.75 0 0 0 0 1.5h7.69l-1.72 1.72a.75.75 0 1 0 1.06 1.06l3-3A.75.75 0 0 0 19 10Z" />
        </svg>
        <span className="hidden sm:inline">{t("signOut")}</span>
      </button>
    </form>
  );
}
