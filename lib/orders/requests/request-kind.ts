import type { RequestKind } from "./request-states";

/** The `kind` column is free text in the schema; only these two values are ever written. */
export function isRequestKind(kind: string): kind is RequestKind {
  return kind === "refill" || kind === "cancel";
}
