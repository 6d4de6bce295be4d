import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, it } from "vitest";
import { POST as webhookRoute } from "@/app/api/payments/webhook/[gateway]/route";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { createUser } from "@/tests/factories";
import { ipnRequest, paymentsWithFakeGateway } from "@/tests/payment-fixtures";
import { initiatePayment } from "./initiate-payment";
import type { FakeSslcommerz } from "./sslcommerz/fake-sslcommerz";
import { computeVerifySign } from "./sslcommerz/verify-sign";

let fake: FakeSslcommerz;
beforeAll(async () => {
  ({ fake } = await paymentsWithFakeGateway());
});
afterAll(async () => fake.close());

type Delivery = {
  kind: "genuine" | "bad_signature" | "wrong_amount" | "wrong_validated_amount" | "unknown_tran_id" | "invalid";
  tranId: string;
  fields: Record<string, string>;
};

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = randomBytes(4).readUInt32BE() % (i + 1);
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

async function inBatches<T, R>(items: T[], width: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]);
      }
    }),
  );
  return results;
}

it("webhook storm: 100 genuine payments × 3 IPNs in random order among forgeries → each credited once, forgeries 4xx and logged, ledger = balance", async () => {
  const customers = await Promise.all(Array.from({ length: 10 }, () => createUser()));
  const amountFor = (index: number) => `${100 + index}.${String(index % 100).padStart(2, "0")}`;
  const genuine = await inBatches(
    Array.from({ length: 100 }, (_, i) => i),
    5,
    (i) => initiatePayment(customers[i % 10].id, { method: "SSLCOMMERZ", amount: amountFor(i) }),
  );
  const victims = await inBatches(
    Array.from({ length: 20 }, (_, i) => i),
    5,
    (i) => initiatePayment(customers[i % 10].id, { method: "SSLCOMMERZ", amount: "500.00" }),
  );

  const deliveries: Delivery[] = [];
  for (const payment of genuine) {
    const ipn = fake.pay(payment.tranId, payment.amount);
    for (let copy = 0; copy < 3; copy += 1) deliveries.push({ kind: "genuine", tranId: payment.tranId, fields: { ...ipn } });
    // A copy altered in transit: the signature no longer matches.
    deliveries.push({ kind: "bad_signature", tranId: payment.tranId, fields: { ...ipn, amount: "99999.00", store_amount: "99999.00" } });
  }
  for (const [index, victim] of victims.entries()) {
    const tranId = victim.tranId;
    if (index % 4 === 0) deliveries.push({ kind: "wrong_amount", tranId, fields: fake.pay(tranId, "1.00") });
    if (index % 4 === 1)
      deliveries.push({ kind: "wrong_validated_amount", tranId, fields: fake.pay(tranId, "1.00", { ipnAmount: "500.00" }) });
    if (index % 4 === 2) {
      const forged = {
        ...fake.pay(tranId, "500.00", { status: "FAILED" }),
        status: "VALID",
        val_id: `FORGED${randomBytes(6).toString("hex")}`,
      };
      deliveries.push({ kind: "invalid", tranId, fields: { ...forged, verify_sign: computeVerifySign(forged, fake.storePassword) } });
    }
    if (index % 4 === 3)
      deliveries.push({ kind: "unknown_tran_id", tranId: "", fields: fake.pay(`NOPE${randomBytes(6).toString("hex")}`, "500.00") });
  }
  shuffle(deliveries);
  // Other test files share this database: count only what this storm adds.
  const deliveriesBefore = await db.paymentEvent.count({ where: { source: "webhook", kind: "sslcommerz.delivery" } });
  const refusedBefore = await db.paymentEvent.count({ where: { source: "webhook", kind: "sslcommerz.delivery", result: "refused" } });

  const responses = await inBatches(deliveries, 8, async (delivery) => {
    const res = await webhookRoute(ipnRequest(delivery.fields), { params: Promise.resolve({ gateway: "sslcommerz" }) });
    return {
      delivery,
      status: res.status,
      body: (await res.json()) as { success: boolean; data?: { result: string }; error?: { code: string } },
    };
  });

  expect(responses.filter((r) => r.status >= 500)).toEqual([]);
  const genuineResponses = responses.filter((r) => r.delivery.kind === "genuine");
  expect(genuineResponses.every((r) => r.status === 200)).toBe(true);
  expect(genuineResponses.filter((r) => r.body.data?.result === "credited")).toHaveLength(100);
  expect(genuineResponses.filter((r) => r.body.data?.result === "duplicate")).toHaveLength(200);
  const expectedStatus = {
    bad_signature: 401,
    unknown_tran_id: 404,
    wrong_amount: 422,
    wrong_validated_amount: 422,
    invalid: 422,
  } as const;
  for (const forged of responses.filter((r) => r.delivery.kind !== "genuine")) {
    expect({ kind: forged.delivery.kind, status: forged.status }).toEqual({
      kind: forged.delivery.kind,
      status: expectedStatus[forged.delivery.kind as keyof typeof expectedStatus],
    });
  }

  // Every delivery was stored with its result; every forgery as refused.
  const refusedLogged = await db.paymentEvent.count({ where: { source: "webhook", kind: "sslcommerz.delivery", result: "refused" } });
  expect(refusedLogged - refusedBefore).toBe(responses.filter((r) => r.delivery.kind !== "genuine").length);
  expect((await db.paymentEvent.count({ where: { source: "webhook", kind: "sslcommerz.delivery" } })) - deliveriesBefore).toBe(
    deliveries.length,
  );

  const ids = genuine.map((p) => p.paymentId);
  const payments = await db.payment.findMany({ where: { id: { in: ids } }, select: { status: true } });
  expect(payments.every((p) => p.status === "COMPLETED")).toBe(true);
  const entries = await db.ledgerEntry.groupBy({
    by: ["referenceId"],
    where: { referenceType: "payment", kind: "DEPOSIT", referenceId: { in: ids } },
    _count: true,
  });
  expect(entries).toHaveLength(100);
  expect(entries.every((entry) => entry._count === 1)).toBe(true);

  const victimIds = victims.map((v) => v.paymentId);
  expect(await db.ledgerEntry.count({ where: { referenceType: "payment", referenceId: { in: victimIds } } })).toBe(0);
  expect(
    (await db.payment.findMany({ where: { id: { in: victimIds } }, select: { status: true } })).every((p) => p.status === "PENDING"),
  ).toBe(true);

  for (const [index, customer] of customers.entries()) {
    const expected = genuine.filter((_, i) => i % 10 === index).reduce((sum, p) => sum.plus(p.amount), money(0));
    const { balance } = await db.user.findUniqueOrThrow({ where: { id: customer.id }, select: { balance: true } });
    expect(money(balance).toFixed(2)).toBe(expected.toFixed(2));
  }
  const ledger = await checkLedger();
  expect(ledger.mismatches).toEqual([]);
});
