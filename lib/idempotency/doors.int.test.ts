// One idempotency layer for every door that places orders or starts payments: a form or a client that
// sends the same request twice with the same key gets one order (or payment) and the same answer.
import { inRequestScope } from "@/tests/bad-input/request-scope"; // first: it sets up Next's request storage
import { describe, expect, it, vi } from "vitest";
import { POST as manualOrderRoute } from "@/app/api/admin/orders/manual/route";
import { POST as createOrdersRoute } from "@/app/api/user/create-orders/route";
import { createManualOrderAction } from "@/lib/actions/admin/orders";
import { createMassOrdersAction, createOrderAction } from "@/lib/actions/user/orders";
import { db } from "@/lib/db";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";

// Outside Next there is no page cache to revalidate after an admin action.
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const ORIGIN = "http://localhost:3999";

async function manualService() {
  const unique = `${Date.now()}-${Math.random()}`;
  const category = await db.category.create({ data: { name: `Doors ${unique}` }, select: { id: true } });
  return db.service.create({
    data: { name: `Manual ${unique}`, categoryId: category.id, rate: "100", min: 1, max: 10_000, mode: "MANUAL" },
    select: { id: true },
  });
}

const asUser = async (user: Parameters<typeof sessionCookie>[0]) => {
  const headers = new Headers({
    cookie: await sessionCookie(user),
    origin: ORIGIN,
    host: "localhost:3999",
    "x-forwarded-for": "203.0.113.90",
  });
  return <T>(run: () => Promise<T>) => inRequestScope(headers, run);
};

describe("every door that places orders shares one idempotency layer", () => {
  it("the web order form: the same submission twice, even at once, places one order and answers it twice", async () => {
    const customer = await createUser({ balance: "1000" });
    const service = await manualService();
    const as = await asUser(customer);
    const input = { serviceId: service.id, link: "https://instagram.com/doors.web", quantity: 100, submissionId: "form-submission-0001" };
    const [first, second] = await Promise.all(
      [as(() => createOrderAction(input)), as(() => createOrderAction(input))].map((p) => p.catch((error: unknown) => error)),
    );
    const answers = [first, second] as { success: boolean; data?: { orderId: number }; error?: { code: string } }[];
    // Sent at once, one places the order; the other is told it is still in flight, or, when the first
    // finished before it looked, is answered the same order. Sent again, it is replayed.
    const placed = answers.filter((one) => one.success);
    expect(placed.length).toBeGreaterThanOrEqual(1);
    expect(new Set(placed.map((one) => one.data?.orderId)).size).toBe(1);
    for (const refused of answers.filter((one) => !one.success)) expect(refused.error?.code).toBe("idempotency_in_flight");
    const replay = (await as(() => createOrderAction(input))) as { success: boolean; data?: { orderId: number } };
    expect(replay.success).toBe(true);
    expect(replay.data?.orderId).toBe(placed[0].data!.orderId);
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(1);
    // A new submission id is a new order (after the duplicate window's confirmation).
    const next = (await as(() => createOrderAction({ ...input, submissionId: "form-submission-0002", confirmDuplicate: true }))) as {
      success: boolean;
    };
    expect(next.success).toBe(true);
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(2);
  });

  it("the create-orders route and the web form share the scope, the key and the rule", async () => {
    const customer = await createUser({ balance: "1000" });
    const service = await manualService();
    const cookie = await sessionCookie(customer);
    const body = { serviceId: service.id, link: "https://instagram.com/doors.route", qty: 50 };
    const headers = { "idempotency-key": "route-key-000001" };
    const first = await callRoute(createOrdersRoute, { cookie, body, headers });
    const again = await callRoute(createOrdersRoute, { cookie, body, headers });
    expect(first.status).toBe(201);
    expect(again.json).toEqual(first.json);
    const other = await callRoute(createOrdersRoute, { cookie, body: { ...body, qty: 60 }, headers });
    expect(other.status).toBe(422);
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(1);
  });

  it("the admin's manual order, by route and by form, places one order per key", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const customer = await createUser({ balance: "1000" });
    const service = await manualService();
    const body = { userId: customer.id, serviceId: service.id, link: "https://instagram.com/doors.manual", quantity: 10 };
    const cookie = await sessionCookie(admin);
    const headers = { "idempotency-key": "manual-key-00001" };
    const first = await callRoute(manualOrderRoute, { cookie, body, headers });
    expect(first.status).toBe(201);
    expect((await callRoute(manualOrderRoute, { cookie, body, headers })).json).toEqual(first.json);

    const as = await asUser(admin);
    const viaForm = { ...body, link: "https://instagram.com/doors.manual.form", submissionId: "manual-form-00001" };
    const a = (await as(() => createManualOrderAction(viaForm))) as { success: boolean; data?: { orderId: number } };
    const b = (await as(() => createManualOrderAction(viaForm))) as { success: boolean; data?: { orderId: number } };
    expect([a, b]).toMatchObject([{ success: true }, { success: true }]);
    expect(b.data?.orderId).toBe(a.data?.orderId);
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(2);
  });

  it("the mass-order form replays its report for the same submission", async () => {
    const customer = await createUser({ balance: "1000" });
    const service = await manualService();
    const as = await asUser(customer);
    const input = {
      text: `${service.id} | https://instagram.com/doors.mass.a | 10\n${service.id} | https://instagram.com/doors.mass.b | 10`,
      submissionId: "mass-submission-01",
    };
    const first = (await as(() => createMassOrdersAction(input))) as { success: boolean };
    const second = (await as(() => createMassOrdersAction(input))) as { success: boolean; data?: { replayed: boolean } };
    expect(first.success && second.success).toBe(true);
    expect(second.data?.replayed).toBe(true);
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(2);
  });
});
