// Typed errors: only these reach a client with their message; anything else becomes a 500
// with a reference id and is logged.
export type ErrorDetails = Record<string, unknown>;

export class AppError extends Error {
  constructor(
    public readonly code: string,
    message: string,
    public readonly status: number,
    public readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const badRequest = (code: string, message: string, details?: ErrorDetails) => new AppError(code, message, 400, details);
export const unauthorized = (message = "Sign in to continue.") => new AppError("unauthorized", message, 401);
export const forbidden = (message = "You do not have permission to do this.") => new AppError("forbidden", message, 403);
export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`, 404);
export const conflict = (code: string, message: string, details?: ErrorDetails) => new AppError(code, message, 409, details);
/** A field-level rule failed: the message names the field. */
export const invalidField = (field: string, message: string) =>
  new AppError("validation_failed", `${field}: ${message}`, 422, { fields: { [field]: [message] } });
export const tooManyRequests = (retryAfterSeconds: number, message = "Too many attempts. Try again later.") =>
  new AppError("rate_limited", message, 429, { retryAfterSeconds });

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
