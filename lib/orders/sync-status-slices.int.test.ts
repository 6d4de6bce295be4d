// A cron sync pass in slices (one Inngest step each), so a serverless invocation never runs the whole pass.
import { randomUUID } from "node:crypto";
import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { toInngestFunction } from "@/inngest/client";
import { orderStatusSyncJob } from "@/inngest/functions/order-status-sync";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories";
import { providerWithServices, withDemoProvider } from "@/tests/order-fixtures";
import { createOrder } from "./create-order";
import { forwardOrder } from "./forward-order";
import { planStatusSync, sumSyncResults, syncStatusSlice } from "./sync-status-slices";

const setup = withDemoProvider({ timeoutSeconds: 2 });

async function runningOrders(count: number) {
  const fixture = await providerWithServices(setup.admin.id, setup.demo.url("durationMs=600000"));
  const customer = await createUser({ balance: "10000" });
  const ids: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const { orderId } = await createOrder(
      customer.id,
      { serviceId: fixture.service("2").id, link: `https://instagram.com/p/${randomUUID().slice(0, 10)}`, quantity: 1000 },
      { source: "web" },
    );
    await forwardOrder(orderId);
    ids.push(orderId);
  }
  return { providerId: fixture.provider.id, ids };
}

describe("status sync in slices", () => {
  it("plans a fixed number of slices per provider, and the slices together check every open order once", async () => {
    const a = await runningOrders(5);
    const b = await runningOrders(3);
    await db.order.updateMany({ where: { id: { in: [...a.ids, ...b.ids] } }, data: { lastCheckedAt: null } });
    const plan = await planStatusSync(2);
    const mine = plan.slices.filter((slice) => slice.providerId === a.providerId || slice.providerId === b.providerId);
    expect(mine.filter((slice) => slice.providerId === a.providerId)).toHaveLength(3);
    expect(mine.filter((slice) => slice.providerId === b.providerId)).toHaveLength(2);

    const results = [];
    for (const slice of mine) results.push(await syncStatusSlice(slice.providerId, plan.startedAt, 2));
    expect(sumSyncResults(results, 0)).toMatchObject({ checked: 8, providerCalls: 5, errors: [] });
    const checked = await db.order.count({ where: { id: { in: [...a.ids, ...b.ids] }, lastCheckedAt: { gte: new Date(plan.startedAt) } } });
    expect(checked).toBe(8);
    // Everything was checked in this pass: a further slice finds nothing left to ask.
    expect(await syncStatusSlice(a.providerId, plan.startedAt, 2)).toMatchObject({ checked: 0, providerCalls: 0 });
  });

  it("runs as an Inngest function with one step per slice and records one sync run", async () => {
    await runningOrders(2);
    const runs = await db.syncRun.count({ where: { trigger: "cron" } });
    const { result, ctx } = await new InngestTestEngine({ function: toInngestFunction(orderStatusSyncJob) }).execute();
    expect(result).toMatchObject({ checked: expect.any(Number), errors: expect.any(Array) });
    expect((result as { checked: number }).checked).toBeGreaterThanOrEqual(2);
    expect(ctx.step.run).toHaveBeenCalledWith("plan", expect.any(Function));
    expect(ctx.step.run).toHaveBeenCalledWith(expect.stringMatching(/^sync-.+-0$/), expect.any(Function));
    expect(await db.syncRun.count({ where: { trigger: "cron" } })).toBe(runs + 1);
  });
});
