import { money } from "@/lib/money/money";
import type { CustomerStep } from "@/lib/orders/customer-history";

type Translate = (key: string, values?: Record<string, string | number>) => string;
export type StepFormats = { count: (value: number) => string; amount: (amountBdt: string) => string };

/** A step as the sentence the customer reads ("Partially delivered: 700 of 1,000; ৳12.50 refunded"). */
export function historySentence(step: CustomerStep, t: Translate, format: StepFormats): string {
  const refunded = (sentence: string, amount: string | null) =>
    amount && !money(amount).isZero() ? t("withRefund", { step: sentence, amount: format.amount(amount) }) : sentence;
  switch (step.step) {
    case "placed":
      return step.charge ? t("placed", { amount: format.amount(step.charge) }) : t("placedPlain");
    case "inProgress":
      return step.startCount === null ? t("inProgress") : t("inProgressFrom", { startCount: format.count(step.startCount) });
    case "completed":
      if (step.delivered === null) return t("completedPlain");
      return step.delivered >= step.quantity
        ? t("completedAll", { quantity: format.count(step.quantity) })
        : t("completed", { delivered: format.count(step.delivered), quantity: format.count(step.quantity) });
    case "partial":
      return refunded(
        step.delivered === null
          ? t("partialPlain")
          : t("partial", { delivered: format.count(step.delivered), quantity: format.count(step.quantity) }),
        step.refunded,
      );
    case "canceled":
    case "failed":
      return refunded(t(step.step), step.refunded);
    case "refill":
    case "cancel":
      return t(`${step.step}.${step.outcome}`);
    default:
      return t(step.step);
  }
}
