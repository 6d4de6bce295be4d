import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { numberFormat } from "@/lib/i18n/format-number";
import type { ProviderBalance } from "@/lib/reports/provider-balances";

const TONE = { out: "red", low: "amber", ok: "green", unknown: "slate" } as const;

/** Active providers' balances, the driest first, each a link to its page (history and health). */
export function ProviderBalanceTable({
  providers,
  locale,
  text,
}: {
  providers: ProviderBalance[];
  locale: string;
  text: {
    provider: string;
    balance: string;
    threshold: string;
    unknown: string;
    empty: string;
    state: (state: ProviderBalance["state"]) => string;
  };
}) {
  if (providers.length === 0) return <p className="text-sm text-slate-600">{text.empty}</p>;
  const amounts = numberFormat(locale, 2);
  // Providers write their own currency codes; the two the panel knows are shown as symbols.
  const symbol = (currency: string | null) => ({ USD: "$", BDT: "৳" })[(currency ?? "").toUpperCase()] ?? currency ?? "";
  const amount = (value: string | null, currency: string | null) =>
    value === null ? "—" : `${symbol(currency)}${amounts.format(value as unknown as number)}`;
  return (
    <table className="w-full text-left text-sm" data-testid="provider-balances">
      <thead className="text-xs text-slate-500">
        <tr>
          <th scope="col" className="py-2 pr-2 font-medium">
            {text.provider}
          </th>
          <th scope="col" className="py-2 pr-2 text-right font-medium">
            {text.balance}
          </th>
          <th scope="col" className="hidden py-2 pr-2 text-right font-medium sm:table-cell">
            {text.threshold}
          </th>
          <th scope="col" className="py-2 text-right font-medium">
            <span className="sr-only">{text.provider}</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {providers.map((provider) => (
          <tr key={provider.id}>
            <td className="py-2 pr-2 [overflow-wrap:anywhere]">
              <Link href={`/admin/providers/${provider.id}`} className="text-brand-700 hover:underline" data-user-text>
                {provider.name}
              </Link>
            </td>
            <td className="py-2 pr-2 text-right tabular-nums">
              {provider.balance === null ? text.unknown : amount(provider.balance, provider.currency)}
            </td>
            <td className="hidden py-2 pr-2 text-right tabular-nums sm:table-cell">{amount(provider.threshold, provider.currency)}</td>
            <td className="py-2 text-right">
              <Badge tone={TONE[provider.state]}>{text.state(provider.state)}</Badge>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
