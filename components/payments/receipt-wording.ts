/** How the amount of a payment is named on its page: what it will do, did, or did not do to the balance. */
export type AmountWording = "credited" | "afterReview" | "oncePaid" | "refunded" | "notCredited";

/**
 * The amount's label follows the payment's state (lib/payments: INITIATED → PENDING → COMPLETED, manual
 * SUBMITTED → APPROVED | REJECTED, COMPLETED → REFUNDED): only a credited payment says "credited"; one
 * waiting for a person (a manual transfer, or a payment held for review) says it comes after review.
 */
export function amountWording(status: string, riskHold: boolean): AmountWording {
  if (status === "COMPLETED" || status === "APPROVED") return "credited";
  if (status === "REFUNDED") return "refunded";
  if (status === "SUBMITTED" || riskHold) return "afterReview";
  if (status === "INITIATED" || status === "PENDING") return "oncePaid";
  return "notCredited";
}
