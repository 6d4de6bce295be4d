// Issue 18: a referrer's commission is exact, credited once per order however many moves overlap,
// taken back by a later refund, and never earned on one's own orders or from unreferred customers.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { moveOrder } from "@/lib/orders/move-order";
import { cancelWithRefund, setPartial } from "@/lib/orders/admin/admin-order-actions";
import { setSetting } from "@/lib/settings/settings";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { createUser } from "@/tests/factories";
import { creditCommission } from "./credit-commission";
import { reverseCommission } from "./reverse-commission";
import { affiliateBalance, manualService, placeOrder, referredPair } from "./test-support";

let actor: { id: string; ip: string };
let serviceId: number;

beforeAll(async () => {
  const admin = await createUser({ role: "ADMIN" });
  actor = { id: admin.id, ip: "203.0.113.81" };
  serviceId = await manualService(actor, "1234.5678");
  await setSetting("affiliates.commissionPercent", "5", actor);
});

const complete = (orderId: number) =>
  db.$transaction((tx) => moveOrder(tx, orderId, { to: "COMPLETED", kind: "status_sync", remains: 0, message: "Completed" }));
const commissionOf = (orderId: number) => db.affiliateCommission.findUnique({ where: { orderId } });

describe("affiliate commissions", () => {
  it("are exact: 1,234.5678 revenue at 7.5 % is 92.59 (rounded down to paisa), credited once under 10 overlapping moves", async () => {
    const { referrer, customer } = await referredPair({ percent: "7.5" });
    const orderId = await placeOrder(customer.id, serviceId, 1000);
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).charge.toFixed(4)).toBe("1234.5678");

    const moves = await Promise.all(Array.from({ length: 10 }, () => complete(orderId)));
    expect(moves.filter((move) => move.moved)).toHaveLength(1);

    const row = await commissionOf(orderId);
    expect(row).toMatchObject({ referrerId: referrer.id, referredUserId: customer.id });
    expect(row!.orderRevenue.toFixed(4)).toBe("1234.5678");
    expect(row!.percent.toFixed(3)).toBe("7.500");
    expect(row!.amount.toFixed(4)).toBe("92.5900");
    expect(await affiliateBalance(referrer.id)).toBe("92.5900");
    expect(await db.affiliateCommission.count({ where: { orderId } })).toBe(1);
    // Crediting again (a repeated result reaching the verb) changes nothing.
    await db.$transaction((tx) =>
      creditCommission(tx, { orderId, userId: customer.id, referrerId: referrer.id, charge: money("1234.5678"), refunded: money(0) }),
    );
    expect(await affiliateBalance(referrer.id)).toBe("92.5900");
  });

  it("are on revenue net of refunds: a partial order earns on what was delivered, a canceled one earns nothing", async () => {
    const { referrer, customer } = await referredPair();
    const partial = await placeOrder(customer.id, serviceId, 1000);
    const refund = await setPartial(partial, 250, actor); // refunds 1234.5678 × 250 / 1000 = 308.64195 → 308.6419
    expect(refund.refunded).toBe("308.6419");
    // (1234.5678 − 308.6419) × 5 % = 46.296295 → 46.29
    expect((await commissionOf(partial))!.amount.toFixed(4)).toBe("46.2900");
    expect((await commissionOf(partial))!.orderRevenue.toFixed(4)).toBe("925.9259");

    const canceled = await placeOrder(customer.id, serviceId, 10);
    await cancelWithRefund(canceled, actor);
    expect(await commissionOf(canceled)).toBeNull();
    expect(await affiliateBalance(referrer.id)).toBe("46.2900");
  });

  it("follow the setting when the referrer has no percent of their own, as it is when the order finishes", async () => {
    const { referrer, customer } = await referredPair();
    const orderId = await placeOrder(customer.id, serviceId, 100); // 123.4568
    await setSetting("affiliates.commissionPercent", "10", actor);
    try {
      await complete(orderId);
    } finally {
      await setSetting("affiliates.commissionPercent", "5", actor);
    }
    expect((await commissionOf(orderId))!.amount.toFixed(4)).toBe("12.3400");
    expect(await affiliateBalance(referrer.id)).toBe("12.3400");
  });

  it("are never earned on one's own orders, from unreferred customers, or at 0 %", async () => {
    const { referrer, customer } = await referredPair();
    const unreferred = await createUser({ balance: "1000" });
    const own = await placeOrder(unreferred.id, serviceId, 100);
    await complete(own);
    expect(await commissionOf(own)).toBeNull();

    // Nobody refers themselves: the database refuses it, and the verb credits nothing if asked.
    await expect(db.user.update({ where: { id: unreferred.id }, data: { referredById: unreferred.id } })).rejects.toThrow();
    const self = await db.$transaction((tx) =>
      creditCommission(tx, { orderId: own, userId: unreferred.id, referrerId: unreferred.id, charge: money("100"), refunded: money(0) }),
    );
    expect(self.credited).toBeNull();

    await db.user.update({ where: { id: referrer.id }, data: { affiliatePercent: "0" } });
    const free = await placeOrder(customer.id, serviceId, 100);
    await complete(free);
    expect(await commissionOf(free)).toBeNull();
    expect(await affiliateBalance(referrer.id)).toBe("0.0000");
    expect(await affiliateBalance(unreferred.id)).toBe("0.0000");
  });

  it("are taken back by a later refund: its share rounded up, never more than the commission, under concurrent refunds", async () => {
    const { referrer, customer } = await referredPair({ percent: "7.5" });
    const orderId = await placeOrder(customer.id, serviceId, 1000);
    await complete(orderId); // 92.59
    // A later refund of 10.01 takes back 0.75075 → 0.76.
    const first = await db.$transaction((tx) => reverseCommission(tx, orderId, money("10.01")));
    expect(first.reversed).toBe("0.7600");
    expect(await affiliateBalance(referrer.id)).toBe("91.8300");
    // Five concurrent refunds of 400 each (30.00 apiece) take back only what is left: 91.83 in all.
    await Promise.all(Array.from({ length: 5 }, () => db.$transaction((tx) => reverseCommission(tx, orderId, money("400")))));
    const row = await commissionOf(orderId);
    expect(row!.reversedAmount.toFixed(4)).toBe("92.5900");
    expect(await affiliateBalance(referrer.id)).toBe("0.0000");
    expect((await db.$transaction((tx) => reverseCommission(tx, orderId, money("1")))).reversed).toBeNull();
    // An order without a commission has nothing to take back.
    const none = await placeOrder((await createUser({ balance: "500" })).id, serviceId, 1);
    expect((await db.$transaction((tx) => reverseCommission(tx, none, money("1")))).reversed).toBeNull();
  });

  it("leave the ledger equal to every balance", async () => {
    expect((await checkLedger()).mismatches).toEqual([]);
  });
});
