import { acceptedFields, ORDER_FIELDS, SERVICE_TYPE_LIST, SERVICE_TYPES } from "@/lib/api-v2/service-types";
import { placeOrder } from "@/lib/orders/place-order";
import { orderInputSchema, type OrderInput } from "@/lib/orders/schemas";
import type { ApiContext } from "../context";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";
import { addRefusal } from "./add-errors";

/** Protocol field → our order field, for every field an orderable type takes (lib/api-v2/service-types.ts). */
const FIELD_NAMES: Record<string, keyof OrderInput> = {
  service: "serviceId",
  link: "link",
  ...Object.fromEntries(
    SERVICE_TYPE_LIST.filter((type) => SERVICE_TYPES[type].orderable)
      .flatMap(acceptedFields)
      .map((field) => [ORDER_FIELDS[field].wire, field]),
  ),
};
export const WIRE_NAMES = Object.fromEntries(Object.entries(FIELD_NAMES).map(([wire, ours]) => [ours, wire])) as Record<string, string>;

function orderInput(fields: ApiContext["fields"]): OrderInput {
  const raw: Record<string, string> = {};
  for (const [wire, ours] of Object.entries(FIELD_NAMES)) {
    const value = fields[wire];
    if (value !== undefined && value.trim() !== "") raw[ours] = value;
  }
  if (raw.serviceId === undefined) throw new ApiV2Error(API_ERRORS.badService);
  const parsed = orderInputSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const field = String(parsed.error.issues[0]?.path[0] ?? "");
  if (field === "serviceId") throw new ApiV2Error(API_ERRORS.badService);
  if (field === "link") throw new ApiV2Error(API_ERRORS.badLink);
  throw new ApiV2Error(`Incorrect ${WIRE_NAMES[field] ?? "request"}`);
}

/**
 * `add`: the web's own order verb (one transaction for charge and order, the same checks). With an
 * Idempotency-Key header a replay answers the first order again; without one, the same service +
 * link + quantity within 60 s is refused as a duplicate (the web's duplicate window).
 */
export async function addOrder(context: ApiContext): Promise<{ order: number }> {
  const input = orderInput(context.fields);
  const { userId } = context.caller;
  try {
    const order = await placeOrder(
      userId,
      { ...input, confirmDuplicate: context.idempotencyKey !== null },
      { source: "api", idempotencyKey: context.idempotencyKey },
    );
    return { order: order.orderId };
  } catch (error) {
    throw addRefusal(error, input);
  }
}
