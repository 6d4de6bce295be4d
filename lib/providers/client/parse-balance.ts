import { isRecord, toMoney, toText } from "./coerce";
import { ProviderError } from "./errors";
import type { BalanceResult } from "./types";

/** `balance`: `{"balance": "100.84292", "currency": "USD"}`; both are required (a guessed currency moves money wrongly). */
export function parseBalance(raw: unknown, providerId?: string): BalanceResult {
  const balance = isRecord(raw) ? toMoney(raw.balance) : null;
  const currency = isRecord(raw) ? toText(raw.currency) : null;
  if (balance === null || currency === null) {
    throw new ProviderError({
      kind: "protocol",
      action: "balance",
      providerId,
      message: "The balance answer needs a numeric balance and a currency",
    });
  }
  return { balance, currency: currency.toUpperCase() };
}
