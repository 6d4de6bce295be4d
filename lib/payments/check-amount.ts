import type { PaymentMethod } from "@/lib/db/generated/enums";
import { AppError, invalidField } from "@/lib/errors/app-error";
import { money, type Money } from "@/lib/money/money";
import type { PaymentConfig } from "./config";

/** The amount within the configured min/max, and the method switched on and set up. */
export function checkAmountAndMethod(config: PaymentConfig, method: PaymentMethod, amountText: string): Money {
  if (!config.methods.includes(method))
    throw new AppError("method_unavailable", `method: ${method} is not available`, 422, { fields: { method: ["is not available"] } });
  const amount = money(amountText);
  if (amount.lt(config.minAmount)) throw invalidField("amount", "validation.payment.amountMin", { min: config.minAmount.toFixed(2) });
  if (amount.gt(config.maxAmount)) throw invalidField("amount", "validation.payment.amountMax", { max: config.maxAmount.toFixed(2) });
  return amount;
}
