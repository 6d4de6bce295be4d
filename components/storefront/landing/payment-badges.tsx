import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import type { PaymentBadge } from "@/lib/storefront/payment-badges";

// The wallets' own colours, so a visitor recognises them at a glance (text stays dark enough to read).
const TONES: Record<PaymentBadge, string> = {
  bkash: "border-pink-200 bg-pink-50 text-pink-800",
  nagad: "border-orange-200 bg-orange-50 text-orange-800",
  rocket: "border-purple-200 bg-purple-50 text-purple-800",
  card: "border-slate-200 bg-white text-slate-800",
  test: "border-slate-200 bg-slate-50 text-slate-600",
};

export async function PaymentBadges({ badges }: { badges: PaymentBadge[] }) {
  const t = await getTranslations("storefront.payments");
  return (
    <ul className="flex flex-wrap gap-2">
      {badges.map((badge) => (
        <li key={badge} className={clsx("rounded-md border px-3 py-1 text-sm font-semibold", TONES[badge])}>
          {t(badge)}
        </li>
      ))}
    </ul>
  );
}
