import type { Problem } from "@/lib/errors/app-error";

/** The one response shape of the panel's own API (API v2 keeps the protocol's shape). */
export type Success<T> = { success: true; data: T };
export type Failure = { success: false; error: Problem };
export type Envelope<T> = Success<T> | Failure;
