/** The admin changing prices, for the audit row. */
export type PricingActor = { id: string; ip?: string | null; requestId?: string | null };
