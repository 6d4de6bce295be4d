/**
 * A refusal answered as `{"error": message}` (HTTP 200 unless `status` says otherwise), as clients
 * expect. Both API v2 servers (our `/api/v2` and the demo provider) raise it.
 */
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

/**
 * The error texts clients match on (docs/PROTOCOL.md "Error texts met in the wild"), written as real
 * panels write them; our `/api/v2` documents its own on /api.
 */
export const API_ERRORS = {
  badKey: "Invalid API key",
  badAction: "Incorrect request",
  badService: "Incorrect service ID",
  serviceOff: "Service temporarily unavailable",
  badOrder: "Incorrect order ID",
  badLink: "Incorrect link",
  noFunds: "Not enough funds on balance",
  activeOrder: "You have active order with this link. Please wait until order being completed.",
  refillNotFound: "Refill not found",
  notRefillable: "Order not eligible for refill",
  notCancelable: "Order cannot be canceled",
  tooManyIds: "Too many ids: at most 100 per request",
  tooManyRequests: "Too many requests: rate limit exceeded",
  internal: "Internal server error",
} as const;
