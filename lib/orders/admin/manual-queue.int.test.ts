// Issue 17: orders of manual services wait in the admin queue; staff start, complete, part-deliver or
// cancel them with the same lifecycle, refunds and customer notices as provider orders.
import { randomUUID } from "node:crypto";
import Decimal from "decimal.js";
import { beforeAll, describe, expect, it } from "vitest";
import { createManualService } from "@/lib/catalog/create-manual-service";
import { manualServiceSchema } from "@/lib/catalog/schemas";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { createUser } from "@/tests/factories";
import { createOrder } from "../create-order";
import { cancelWithRefund, markCompleted, setOrderStatus, setPartial } from "./admin-order-actions";
import { listManualQueue } from "./list-manual-queue";

let actor: { id: string; ip: string };
let serviceId: number;
const tag = randomUUID().slice(0, 8);
const link = () => `https://instagram.com/p/${randomUUID().slice(0, 10)}`;

beforeAll(async () => {
  const admin = await createUser({ role: "ADMIN" });
  actor = { id: admin.id, ip: "203.0.113.44" };
  const category = await db.category.create({ data: { name: `Queue ${tag}` } });
  const input = manualServiceSchema.parse({
    name: `Hand delivered ${tag}`,
    categoryId: category.id,
    type: "DEFAULT",
    rate: "123.4567",
    min: 1,
    max: 100000,
  });
  ({ serviceId } = await createManualService(input, actor));
});

const order = (id: number) => db.order.findUniqueOrThrow({ where: { id } });
/** The whole queue, page after page: other test files share the database and its queue. */
const queuedIds = async () => {
  const ids: number[] = [];
  for (let after: number | undefined; ;) {
    const page = await listManualQueue(after ? { after } : {});
    ids.push(...page.orders.map((row) => row.id));
    if (page.nextAfter === null) return ids;
    after = page.nextAfter;
  }
};
const refunds = (orderId: number) =>
  db.ledgerEntry.findMany({ where: { referenceType: "order", referenceId: String(orderId), kind: "ORDER_REFUND" } });
const notices = (userId: string, orderId: number) =>
  db.notification.findMany({ where: { userId, link: `/user/orders/${orderId}` }, select: { kind: true, mailStatus: true } });

async function customerWithOrders(count: number, quantity = 777) {
  const customer = await createUser({ balance: "1000" });
  const ids: number[] = [];
  for (let index = 0; index < count; index += 1)
    ids.push((await createOrder(customer.id, { serviceId, link: link(), quantity }, { source: "web" })).orderId);
  return { customer, ids };
}

describe("the manual order queue", () => {
  it("holds new manual orders, unsent and oldest first, and keeps them while in progress", async () => {
    const { ids } = await customerWithOrders(2);
    for (const id of ids)
      expect(await order(id)).toMatchObject({ mode: "MANUAL", status: "PENDING", providerId: null, forwardClaimedAt: null });
    const queued = await queuedIds();
    expect(queued.indexOf(ids[0])).toBeLessThan(queued.indexOf(ids[1]));
    expect(queued).toEqual([...queued].sort((a, b) => a - b));

    expect(await setOrderStatus(ids[0], "IN_PROGRESS", actor)).toMatchObject({ from: "PENDING", status: "IN_PROGRESS", refunded: null });
    expect(await queuedIds()).toContain(ids[0]);
    expect((await listManualQueue({ status: "IN_PROGRESS" })).orders.map((row) => row.id)).toContain(ids[0]);
    expect((await listManualQueue({ status: "PENDING" })).orders.map((row) => row.id)).not.toContain(ids[0]);
  });

  it("partial with remains refunds exactly charge × remains ÷ quantity once, notifies in-app and by e-mail, and leaves the queue", async () => {
    const { customer, ids } = await customerWithOrders(1);
    const [id] = ids;
    await setOrderStatus(id, "IN_PROGRESS", actor);
    const charge = money((await order(id)).charge);
    const expected = charge.times(333).div(777).toDecimalPlaces(4, Decimal.ROUND_DOWN);

    const result = await setPartial(id, 333, actor);
    expect(money(result.refunded!).toFixed(4)).toBe(expected.toFixed(4));
    await expect(setPartial(id, 100, actor)).rejects.toMatchObject({ status: 409 });
    await expect(markCompleted(id, actor)).rejects.toMatchObject({ status: 409 });

    const rows = await refunds(id);
    expect(rows).toHaveLength(1);
    expect(money(rows[0].amount).toFixed(4)).toBe(expected.toFixed(4));
    expect(await order(id)).toMatchObject({ status: "PARTIAL", remains: 333 });
    expect(money((await order(id)).refunded).toFixed(4)).toBe(expected.toFixed(4));
    expect(await notices(customer.id, id)).toEqual([{ kind: "order.partial", mailStatus: "pending" }]);
    expect(await queuedIds()).not.toContain(id);

    const user = await db.user.findUniqueOrThrow({ where: { id: customer.id } });
    expect(money(user.balance).toFixed(4)).toBe(money("1000").minus(charge).plus(expected).toFixed(4));
    expect(money(user.spentTotal).toFixed(4)).toBe(charge.minus(expected).toFixed(4));
    expect((await checkLedger()).mismatches.filter((row) => row.userId === customer.id)).toEqual([]);
  });

  it("completed and canceled manual orders notify the customer like provider orders (e-mail per their preference)", async () => {
    const { customer, ids } = await customerWithOrders(2, 1000);
    await db.notificationPreference.create({ data: { userId: customer.id, kind: "order.canceled", email: false } });
    const [done, dropped] = ids;

    expect(await markCompleted(done, actor)).toMatchObject({ from: "PENDING", status: "COMPLETED", refunded: null });
    expect(await order(done)).toMatchObject({ status: "COMPLETED", remains: 0 });
    expect(await refunds(done)).toHaveLength(0);
    expect(await notices(customer.id, done)).toEqual([{ kind: "order.completed", mailStatus: "pending" }]);

    const charge = money((await order(dropped)).charge);
    const canceled = await cancelWithRefund(dropped, actor);
    expect(money(canceled.refunded!).toFixed(4)).toBe(charge.toFixed(4));
    // Switched off by e-mail: the bell still shows it, no mail is queued.
    expect(await notices(customer.id, dropped)).toEqual([{ kind: "order.canceled", mailStatus: null }]);

    expect(await queuedIds()).not.toContain(done);
    expect(await queuedIds()).not.toContain(dropped);
    const audit = await db.auditLog.findMany({ where: { objectType: "order", objectId: { in: [String(done), String(dropped)] } } });
    expect(audit.map((row) => row.action).sort()).toEqual(["order.admin_cancel", "order.admin_complete"]);
    expect((await checkLedger()).mismatches.filter((row) => row.userId === customer.id)).toEqual([]);
  });

  it("an order sent to a provider on purpose (now AUTO) leaves the queue", async () => {
    const { ids } = await customerWithOrders(1);
    await db.order.update({ where: { id: ids[0] }, data: { mode: "AUTO" } });
    expect(await queuedIds()).not.toContain(ids[0]);
  });
});
