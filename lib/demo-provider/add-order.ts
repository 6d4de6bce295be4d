import { db } from "@/lib/db";
import { debitDemoAccount } from "./account";
import { toUsdString } from "./amounts";
import { findDemoService } from "./catalog";
import type { DemoContext } from "./context";
import { API_ERRORS, ApiV2Error } from "@/lib/api-v2/errors";
import { parseId } from "@/lib/api-v2/ids";
import { drawOutcome, drawStartCount } from "./progress";
import { progressOf, STORED_ORDER_SELECT } from "./settle";
import { validateAdd, type DemoParams } from "./validate-add";

/**
 * `add`: checks the fields for the service's type, refuses a second running order on the same
 * link (a subscription: username) and service, takes the charge with one conditional UPDATE and stores the order, all in one
 * transaction (serialised per link and service by an advisory lock).
 */
export async function addOrder(params: DemoParams, context: DemoContext): Promise<{ order: number }> {
  const serviceId = parseId(params.service);
  const service = serviceId === undefined ? undefined : findDemoService(serviceId, context.options.catalog);
  if (!service) throw new ApiV2Error(API_ERRORS.badService);
  const now = context.now();
  const { link, quantity, charge, runs, interval, subscription } = validateAdd(service, params, now);

  const id = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`demo-provider:${service.service}:${link}`}, 0))`;
    const sameLink = await tx.demoProviderOrder.findMany({ where: { serviceId: service.service, link }, select: STORED_ORDER_SELECT });
    if (sameLink.some((order) => !progressOf(order, now).finished)) throw new ApiV2Error(API_ERRORS.activeOrder);
    if (!(await debitDemoAccount(tx, charge))) throw new ApiV2Error(API_ERRORS.noFunds);
    const [next] = await tx.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence('demo_provider_orders', 'id'))::int AS id`;
    // A subscription's posts all complete (it ends Completed, Expired or Canceled); a drip-feed draws per run.
    const { outcome, finalRemains } = subscription
      ? { outcome: "completed", finalRemains: 0 }
      : drawOutcome(next.id, quantity, context.options.outcome);
    await tx.demoProviderOrder.create({
      data: {
        id: next.id,
        serviceId: service.service,
        link,
        quantity,
        charge: toUsdString(charge),
        startCount: drawStartCount(next.id),
        outcome,
        durationMs: context.options.durationMs,
        finalRemains,
        runs,
        interval,
        params: subscription ? { ...subscription } : undefined,
        createdAt: now,
      },
    });
    return next.id;
  });
  return { order: id };
}
