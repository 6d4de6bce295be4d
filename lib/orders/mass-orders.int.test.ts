import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { money } from "@/lib/money/money";
import { checkLedger } from "@/lib/wallet/check-ledger";
import { createUser } from "@/tests/factories";
import { createMassOrders, MASS_ORDER_MAX_LINES } from "./create-mass-orders";
import { submitMassOrders } from "./submit-mass-orders";

let serviceId: number;
let disabledId: number;

beforeAll(async () => {
  const category = await db.category.create({ data: { name: `Mass ${randomUUID().slice(0, 6)}` } });
  // 12.3457 per 1,000: charges with four decimals, so rounding is visible.
  serviceId = (
    await db.service.create({
      data: { name: "Mass manual", categoryId: category.id, rate: "12.3457", min: 10, max: 10_000, mode: "MANUAL" },
    })
  ).id;
  disabledId = (
    await db.service.create({
      data: { name: "Mass off", categoryId: category.id, rate: "1.0000", min: 10, max: 10_000, mode: "MANUAL", status: "DISABLED" },
    })
  ).id;
});

const link = () => `https://instagram.com/${randomUUID().slice(0, 8)}`;
const balanceOf = async (userId: string) => money((await db.user.findUniqueOrThrow({ where: { id: userId } })).balance);

describe("mass orders", () => {
  it("reports every line: good ones placed and charged exactly, bad ones refused with the reason, nothing charged for them", async () => {
    const user = await createUser({ balance: "100" });
    const text = [
      `${serviceId} | ${link()} | 1000`,
      `${serviceId} | ${link()}`,
      `abc | ${link()} | 100`,
      `${disabledId} | ${link()} | 100`,
      `${serviceId} | not a link | 100`,
      `${serviceId} | ${link()} | 5`,
      "",
      `${serviceId} | ${link()} | 333`,
      `${serviceId} | ${link()} | 10000`,
    ].join("\n");
    const report = await createMassOrders(user.id, text);
    const byLine = Object.fromEntries(report.results.map((result) => [result.line, result]));
    expect(byLine[1]).toMatchObject({ ok: true, charge: "12.3457" });
    expect(byLine[2]).toMatchObject({ ok: false });
    expect(byLine[3]).toMatchObject({ ok: false });
    const rule = (field: string, key: string) => ({
      ok: false,
      error: expect.objectContaining({
        code: "validation_failed",
        details: expect.objectContaining({ issues: [expect.objectContaining({ field, key })] }),
      }),
    });
    expect(byLine[4]).toMatchObject(rule("serviceId", "validation.order.serviceUnavailable"));
    expect(byLine[5]).toMatchObject(rule("link", "validation.orderLink"));
    expect(byLine[6]).toMatchObject(rule("quantity", "validation.order.between"));
    expect(byLine[7]).toBeUndefined(); // blank lines are skipped, numbering stays the text's
    expect(byLine[8]).toMatchObject({ ok: true, charge: "4.1111" }); // 12.3457 × 333 / 1000 = 4.1111181 → 4.1111
    // 123.457 is more than what is left (100 − 16.4568): refused as not enough funds, nothing charged.
    expect(byLine[9]).toMatchObject({ ok: false, error: expect.objectContaining({ code: "insufficient_funds" }) });
    expect(report).toMatchObject({ created: 2, failed: 6, totalCost: "16.4568" });
    expect((await balanceOf(user.id)).toFixed(4)).toBe("83.5432");
    expect(await db.order.count({ where: { userId: user.id } })).toBe(2);
    expect((await checkLedger()).mismatches).toEqual([]);
  });

  it("keeps the web's link rule on every line, and a bad line (a space, 50,000 characters, a NUL) stops nothing after it", async () => {
    const user = await createUser({ balance: "100" });
    const text = [
      `${serviceId} | https://instagram.com/p/ab cd | 100`,
      `${serviceId} | https://instagram.com/${"a".repeat(50_000)} | 100`,
      `${serviceId} | https://instagram.com/p/a\u0000b | 100`,
      `${serviceId} | ${link()} | 100`,
    ].join("\n");
    const report = await createMassOrders(user.id, text);
    expect(report.results.slice(0, 3)).toEqual(
      [1, 2, 3].map((line) =>
        expect.objectContaining({ line, ok: false, error: expect.objectContaining({ message: expect.stringMatching(/^link: /) }) }),
      ),
    );
    expect(report.results[3]).toMatchObject({ line: 4, ok: true });
    expect(await db.order.count({ where: { userId: user.id } })).toBe(1);
    expect((await checkLedger()).mismatches).toEqual([]);
  });

  it("refuses more than the line limit as a whole, naming the field, before placing anything", async () => {
    const user = await createUser({ balance: "100" });
    const text = Array.from({ length: MASS_ORDER_MAX_LINES + 1 }, () => `${serviceId} | ${link()} | 10`).join("\n");
    const error = await createMassOrders(user.id, text).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).status).toBe(422);
    expect((error as AppError).message).toMatch(/^text: /);
    expect(await db.order.count({ where: { userId: user.id } })).toBe(0);
  });

  it("places a form sent twice at once only once (same submission id): one report, the other a replay or a 409", async () => {
    const user = await createUser({ balance: "100" });
    const text = [`${serviceId} | ${link()} | 1000`, `${serviceId} | ${link()} | 1000`].join("\n");
    const submissionId = randomUUID();
    const outcomes = await Promise.allSettled([
      submitMassOrders(user.id, text, submissionId),
      submitMassOrders(user.id, text, submissionId),
    ]);
    const placed = outcomes
      .filter((outcome) => outcome.status === "fulfilled")
      .map((outcome) => (outcome as PromiseFulfilledResult<Awaited<ReturnType<typeof submitMassOrders>>>).value);
    for (const outcome of outcomes) {
      if (outcome.status === "rejected") expect((outcome.reason as AppError).status).toBe(409);
    }
    expect(placed.length).toBeGreaterThan(0);
    expect(await db.order.count({ where: { userId: user.id } })).toBe(2);
    expect((await balanceOf(user.id)).toFixed(4)).toBe("75.3086");

    // Sent again later with the same id: the stored report, nothing new.
    const replay = await submitMassOrders(user.id, text, submissionId);
    expect(replay).toMatchObject({ replayed: true, created: 2 });
    expect(await db.order.count({ where: { userId: user.id } })).toBe(2);
    // A new id is a new submission: the same lines are placed again (mass lines skip the duplicate window).
    await submitMassOrders(user.id, text, randomUUID());
    expect(await db.order.count({ where: { userId: user.id } })).toBe(4);
  });
});
