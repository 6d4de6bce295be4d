/** A refusal the demo provider answers as `{"error": message}` with HTTP 200, like real panels. */
export class DemoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DemoError";
  }
}

export const DEMO_ERRORS = {
  badKey: "Invalid API key",
  badRequest: "Incorrect request",
  badService: "Incorrect service ID",
  badOrder: "Incorrect order ID",
  noFunds: "Not enough funds on balance",
  activeOrder: "You have active order with this link. Please wait until order being completed.",
  notRefillable: "Order not eligible for refill.",
  refillNotFound: "Refill not found",
  notCancelable: "Order cannot be canceled",
  unavailable: "Service temporarily unavailable",
  tooManyIds: "Too many ids: at most 100 per request",
} as const;
