/** A refusal answered as `{"error": message}` (HTTP 200 unless `status` says otherwise), as clients expect. */
export class ApiV2Error extends Error {
  constructor(
    message: string,
    public readonly status = 200,
    public readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = "ApiV2Error";
  }
}

/** The texts clients match on (docs/docs/PROTOCOL.md "Error texts met in the wild"); documented on /api. */
export const API_ERRORS = {
  badKey: "Invalid API key",
  badAction: "Incorrect request",
  badService: "Incorrect service ID",
  serviceOff: "Service temporarily unavailable",
  badOrder: "Incorrect order ID",
  badLink: "Incorrect link",
  noFunds: "Not enough funds on balance",
  refillNotFound: "Refill not found",
  notRefillable: "Order not eligible for refill",
  notCancelable: "Order cannot be canceled",
  tooManyIds: "Too many ids: at most 100 per request",
  tooManyRequests: "Too many requests: rate limit exceeded",
  internal: "Internal server error",
} as const;
