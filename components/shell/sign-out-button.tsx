import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/preferences";

export async function SignOutButton() {
  const t = await getTranslations("shell");
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded-md px-3 py-1.5 text-sm text-slate-600 hover:bg-slate-100">
        {t("signOut")}
      </button>
    </form>
  );
}
