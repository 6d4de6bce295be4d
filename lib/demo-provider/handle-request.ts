import { addOrder } from "./add-order";
import { demoBalance, isDemoKeyValid } from "./account";
import { toUsdString } from "./amounts";
import { cancelOrders } from "./cancel";
import { demoCatalog, toWireService } from "./catalog";
import { pause, type DemoContext } from "./context";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";
import { faultFor, HTTP_500_PAGE } from "./faults";
import { parseDemoOptions } from "./options";
import { orderStatus } from "./order-status";
import { refillOrders, refillStatus } from "./refill";
import { settleDueRefunds } from "./settle";
import type { DemoParams } from "./validate-add";

/** What the route sends: JSON (HTTP 200 even for errors, like real panels) or an HTML error page. */
export type DemoReply = { status: number; json: unknown; html?: undefined } | { status: number; html: string; json?: undefined };

export interface DemoRequestOptions {
  /** The clock (tests move it instead of waiting). */
  now?: () => Date;
  /** Aborted when the client goes away: ends a latency sleep or a timeout_after_accept hang early. */
  signal?: AbortSignal;
}

type Action = (params: DemoParams, context: DemoContext) => Promise<unknown>;

const ACTIONS: Record<string, Action> = {
  services: async (_params, context) => demoCatalog(context.options.catalog).map(toWireService),
  add: addOrder,
  status: orderStatus,
  refill: refillOrders,
  refill_status: refillStatus,
  cancel: cancelOrders,
  balance: async (_params, context) => {
    await settleDueRefunds(context.now());
    const { balance, currency } = await demoBalance();
    return { balance: toUsdString(balance), currency };
  },
};

const json = (body: unknown): DemoReply => ({ status: 200, json: body });
const error = (message: string): DemoReply => json({ error: message });

/**
 * One API v2 request to the demo provider. `params` are the request's fields (key, action, …),
 * `search` the provider URL's query string with the demo switches (see the route file).
 */
export async function handleDemoRequest(params: DemoParams, search: URLSearchParams, options: DemoRequestOptions = {}): Promise<DemoReply> {
  const context: DemoContext = { options: parseDemoOptions(search), now: options.now ?? (() => new Date()), signal: options.signal };
  if (context.options.latencyMs > 0) await pause(context.options.latencyMs, context.signal);
  const action = (params.action ?? "").trim().toLowerCase();
  const fault = faultFor(context.options, action);
  if (fault === "http_500") return { status: 500, html: HTTP_500_PAGE };
  if (fault === "error") return error(API_ERRORS.serviceOff);
  if (!(await isDemoKeyValid(params.key?.trim()))) return error(API_ERRORS.badKey);
  if (fault === "out_of_funds") return error(API_ERRORS.noFunds);
  const run = Object.hasOwn(ACTIONS, action) ? ACTIONS[action] : undefined;
  if (!run) return error(API_ERRORS.badAction);
  let body: unknown;
  try {
    body = await run(params, context);
  } catch (caught) {
    if (caught instanceof ApiV2Error) return error(caught.message);
    throw caught;
  }
  // The order exists and was paid for; the answer is held back until the client gives up (or the cap).
  if (fault === "timeout_after_accept") await pause(context.options.hangMs, context.signal);
  return json(body);
}
