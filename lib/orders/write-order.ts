import { db, sqlState, SQL_STATE } from "@/lib/db";
import { AppError, conflict, notFound } from "@/lib/errors/app-error";
import { storedEnglish, type StoredMessage } from "@/lib/i18n/stored-message";
import { money } from "@/lib/money/money";
import type { ServiceMode } from "@/lib/db/generated/enums";

/** The orders row as `place_order` takes it: columns by their names, decimals as text. */
export type OrderRow = {
  user_id: string;
  service_id: number;
  provider_id: string | null;
  provider_service_id: string | null;
  provider_service_rate: string | null;
  link: string;
  quantity: number;
  params: Record<string, string | number> | null;
  runs: number | null;
  run_interval: number | null;
  run_quantity: number | null;
  subscription_posts: number | null;
  /** ISO text, UTC. */
  expires_at: string | null;
  mode: ServiceMode;
  rate: string;
  charge: string;
  charge_usd: string;
  source: string;
  admin_notes: string | null;
};

/** The charge's memo; place_order puts the new order's id where ORDER_ID_SLOT stands. */
const ORDER_ID_SLOT = "{order_id}";
const CHARGE_MEMO: StoredMessage = { key: "stored.ledger.order", values: { id: ORDER_ID_SLOT } };
/** Its English, formatted once: it is the same text for every order until place_order fills the id. */
const CHARGE_MEMO_ENGLISH = storedEnglish(CHARGE_MEMO);

/**
 * Writes one order, its 'created' event and its charge in one statement, the database's `place_order`
 * (prisma/migrations/*_placement_functions): all or nothing. An identical order within
 * `duplicateWindowSeconds` (null: not checked) is refused with 409 `duplicate_order` naming it; a
 * balance that would go below its limit with 422 `insufficient_funds` naming the charge.
 */
export async function writeOrder(
  row: OrderRow,
  options: { actorId: string; duplicateWindowSeconds: number | null; event: Record<string, string | number> },
): Promise<number> {
  const window = options.duplicateWindowSeconds === null ? null : `${options.duplicateWindowSeconds} seconds`;
  let placed: { order_id: number | null; duplicate_of: number | null };
  try {
    [placed] = await db.$queryRaw<{ order_id: number | null; duplicate_of: number | null }[]>`
      SELECT order_id, duplicate_of
        FROM place_order(${row}::jsonb, ${window}::interval, ${options.actorId}, ${CHARGE_MEMO_ENGLISH},
                         ${CHARGE_MEMO}::jsonb, ${options.event}::jsonb)`;
  } catch (error) {
    if (sqlState(error) === SQL_STATE.insufficientFunds) {
      throw new AppError("insufficient_funds", `balance: not enough funds — this order costs ৳${money(row.charge).toFixed(2)}`, 422, {
        fields: { balance: ["not enough funds"] },
        charge: row.charge,
      });
    }
    if (sqlState(error) === SQL_STATE.userNotFound) throw notFound("User");
    throw error;
  }
  if (placed.duplicate_of !== null)
    throw conflict(
      "duplicate_order",
      `The same order (#${placed.duplicate_of}) was placed less than a minute ago. Confirm to place it again.`,
      {
        orderId: placed.duplicate_of,
      },
    );
  return placed.order_id!;
}
