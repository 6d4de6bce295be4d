import { db } from "@/lib/db";
import type { ServiceMode, ServiceType } from "@/lib/db/generated/enums";
import { notFound } from "@/lib/errors/app-error";
import type { PriceBook } from "@/lib/pricing/customer-rate";
import { priceBookFrom, type CustomerPriceRow } from "@/lib/pricing/load-price-book";
import { settingsFrom } from "@/lib/settings/settings";

/** The panel settings placing an order needs. */
export type OrderSettings = { bdtPerUsd: string; unverifiedMayOrder: boolean };

/** The service as an order sees it, with whether its category and provider are on. */
export type OrderService = {
  id: number;
  categoryId: string;
  type: ServiceType;
  rate: string;
  min: number;
  max: number;
  dripfeed: boolean;
  mode: ServiceMode;
  active: boolean;
  providerId: string | null;
  providerServiceId: string | null;
  providerRate: string | null;
  providerActive: boolean;
};

export type OrderContext = {
  /** null when no service has this id. */
  service: OrderService | null;
  settings: OrderSettings;
  /** The customer's prices that can apply to this service (theirs for it, its category, everything, their group). */
  priceBook: PriceBook;
  emailVerified: boolean;
};

const SETTING_KEYS = ["exchange.bdtPerUsd", "accounts.unverifiedMayOrder"] as const;

type Row = {
  service_id: number | null;
  category_id: string | null;
  type: ServiceType | null;
  rate: string | null;
  min: number | null;
  max: number | null;
  dripfeed: boolean | null;
  mode: ServiceMode | null;
  active: boolean | null;
  provider_id: string | null;
  provider_service_id: string | null;
  provider_rate: string | null;
  provider_active: boolean | null;
  settings: { key: string; value: unknown }[];
  group_percent: string | null;
  prices: CustomerPriceRow[];
  email_verified: boolean;
};

/**
 * Everything placing an order reads before it writes, in ONE query (one round trip per order, not
 * five): the service with its category's and provider's status, the settings an order needs, the
 * customer's price book as far as it can apply to this service, and whether their e-mail is confirmed.
 */
export async function readOrderContext(userId: string, serviceId: number): Promise<OrderContext> {
  // A database function, so its plan is made once per connection (migration hot_read_functions).
  const [row] = await db.$queryRaw<Row[]>`SELECT * FROM order_context(${userId}, ${serviceId}::int, ${[...SETTING_KEYS]}::text[])`;
  if (!row) throw notFound("User");
  const [bdtPerUsd, unverifiedMayOrder] = settingsFrom(row.settings, ...SETTING_KEYS);
  return {
    service:
      row.service_id === null
        ? null
        : {
            id: row.service_id,
            categoryId: row.category_id!,
            type: row.type!,
            rate: row.rate!,
            min: row.min!,
            max: row.max!,
            dripfeed: row.dripfeed!,
            mode: row.mode!,
            active: row.active === true,
            providerId: row.provider_id,
            providerServiceId: row.provider_service_id,
            providerRate: row.provider_rate,
            providerActive: row.provider_active === true,
          },
    settings: { bdtPerUsd, unverifiedMayOrder },
    priceBook: priceBookFrom(row.prices, row.group_percent),
    emailVerified: row.email_verified,
  };
}
