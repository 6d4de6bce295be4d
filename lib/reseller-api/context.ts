import type { ApiCaller } from "@/lib/api-keys/authenticate-api-key";
import type { Fields } from "@/lib/api-v2/read-fields";
import type { WireCurrency } from "./wire";

/** What an action gets: the authenticated caller, their display currency, the request's fields. */
export type ApiContext = {
  caller: ApiCaller;
  wire: WireCurrency;
  fields: Fields;
  /** The optional Idempotency-Key header (used by `add`). */
  idempotencyKey: string | null;
};
