/**
 * The one error type of the SSLCommerz adapter. `kind` says what happened; messages never hold the
 * store password or a full URL with credentials.
 */
export type GatewayErrorKind = "connect" | "timeout" | "http" | "protocol" | "rejected";
export type GatewayCall = "session" | "validation" | "query" | "refund" | "refund_query";

export class GatewayError extends Error {
  constructor(
    readonly kind: GatewayErrorKind,
    readonly call: GatewayCall,
    message: string,
    readonly httpStatus: number | null = null,
  ) {
    super(`SSLCommerz ${call}: ${message}`);
    this.name = "GatewayError";
  }
}
