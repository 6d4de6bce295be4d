// Issue 18 (acting as a customer): an admin opens the panel as a customer sees it; nothing moves money
// or changes while acting; start and end are audited with the admin's id.
import { inRequestScope } from "@/tests/bad-input/request-scope"; // first: it sets up Next's request storage
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { POST as createOrdersRoute } from "@/app/api/user/create-orders/route";
import { POST as initiatePaymentRoute } from "@/app/api/payments/initiate/route";
import { endActingAction, startActingAction } from "@/lib/actions/acting";
import { createApiKeyAction } from "@/lib/actions/user/api-keys";
import { changePasswordAction } from "@/lib/actions/user/settings";
import { userFromHeaders } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { callRoute, createUser, sessionCookie, TEST_PASSWORD } from "@/tests/factories";
import { providerWithServices, withDemoProvider } from "@/tests/order-fixtures";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const context = withDemoProvider();

async function browserOf(user: Parameters<typeof sessionCookie>[0], options: { secondFactorPassed?: boolean } = {}) {
  const cookie = await sessionCookie(user, options);
  const headers = new Headers({ origin: "http://localhost:3999", host: "localhost:3999", "x-forwarded-for": "203.0.113.71", cookie });
  return { cookie, headers, run: <T>(fn: () => Promise<T>) => inRequestScope(headers, fn) };
}

const balanceOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { balance: true } })).balance.toString();
const auditOf = (objectId: string, action: string) => db.auditLog.findMany({ where: { objectType: "user", objectId, action } });

describe("acting as a customer", () => {
  it("shows the customer to the admin's browser, refuses every change, and is audited from start to end", async () => {
    const { service } = await providerWithServices(context.admin.id, context.demo.url());
    const [admin, customer] = await Promise.all([createUser({ role: "ADMIN" }), createUser({ balance: "500" })]);
    const browser = await browserOf(admin);

    expect(await browser.run(() => startActingAction({ userId: customer.id }))).toEqual({ success: true, data: { userId: customer.id } });
    const seen = await userFromHeaders(browser.headers);
    expect(seen).toMatchObject({ id: customer.id, role: "CUSTOMER", actingAdmin: { id: admin.id } });
    expect(await auditOf(customer.id, "user.acting_start")).toEqual([expect.objectContaining({ actorId: admin.id })]);

    // Money: an order over HTTP and a payment are refused, though the customer could afford the order.
    const order = { serviceId: service("1").id, link: `https://instagram.com/p/${randomUUID().slice(0, 10)}`, qty: 1000 };
    const ordered = await callRoute(createOrdersRoute, { cookie: browser.cookie, body: order });
    expect(ordered).toMatchObject({ status: 403, json: { error: { code: "acting_read_only" } } });
    const paid = await callRoute(initiatePaymentRoute, { cookie: browser.cookie, body: { method: "SANDBOX", amount: "100" } });
    expect(paid).toMatchObject({ status: 403, json: { error: { code: "acting_read_only" } } });
    // Password and account changes are refused too (every action of a session acting as someone).
    const password = await browser.run(() => changePasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "another-long-pass-1" }));
    expect(password).toMatchObject({ success: false, error: { code: "acting_read_only" } });
    expect(await browser.run(() => createApiKeyAction({ name: "bot" }))).toMatchObject({
      success: false,
      error: { code: "acting_read_only" },
    });
    // Nor can the admin, while acting, open another customer's panel.
    const other = await createUser();
    expect(await browser.run(() => startActingAction({ userId: other.id }))).toMatchObject({
      success: false,
      error: { code: "acting_read_only" },
    });

    expect(await balanceOf(customer.id)).toBe("500");
    expect(await db.order.count({ where: { userId: customer.id } })).toBe(0);
    expect(await db.payment.count({ where: { userId: customer.id } })).toBe(0);
    expect(await db.apiKey.count({ where: { userId: customer.id } })).toBe(0);

    // The same order from the customer's own browser goes through: the refusal was the acting, not the order.
    const own = await browserOf(customer);
    expect((await callRoute(createOrdersRoute, { cookie: own.cookie, body: order })).status).toBe(201);

    expect(await browser.run(() => endActingAction({}))).toEqual({ success: true, data: { customerId: customer.id } });
    expect(await userFromHeaders(browser.headers)).toMatchObject({ id: admin.id, role: "ADMIN", actingAdmin: null });
    const ended = await auditOf(customer.id, "user.acting_end");
    expect(ended).toEqual([expect.objectContaining({ actorId: admin.id, after: { seconds: expect.any(Number) } })]);
  });

  it("is only for admins with a passed second factor, only onto active customers", async () => {
    const [support, admin, unpassed, customer, suspended, otherAdmin] = await Promise.all([
      createUser({ role: "SUPPORT" }),
      createUser({ role: "ADMIN" }),
      createUser({ role: "ADMIN" }),
      createUser(),
      createUser({ status: "SUSPENDED" }),
      createUser({ role: "ADMIN" }),
    ]);
    const asSupport = await browserOf(support);
    expect(await asSupport.run(() => startActingAction({ userId: customer.id }))).toMatchObject({
      success: false,
      error: { code: "forbidden" },
    });
    const asUnpassed = await browserOf(unpassed, { secondFactorPassed: false });
    expect(await asUnpassed.run(() => startActingAction({ userId: customer.id }))).toMatchObject({
      success: false,
      error: { code: "two_factor_required" },
    });
    const asAdmin = await browserOf(admin);
    expect(await asAdmin.run(() => startActingAction({ userId: suspended.id }))).toMatchObject({
      error: { code: "acting_customer_suspended" },
    });
    expect(await asAdmin.run(() => startActingAction({ userId: otherAdmin.id }))).toMatchObject({
      error: { code: "acting_customers_only" },
    });
    expect(await asAdmin.run(() => startActingAction({ userId: "no-such-user" }))).toMatchObject({ error: { code: "not_found" } });
    expect(await asAdmin.run(() => endActingAction({}))).toMatchObject({ error: { code: "not_acting" } });
    expect(
      await db.userSession.count({ where: { userId: { in: [support.id, admin.id, unpassed.id] }, actingAsUserId: { not: null } } }),
    ).toBe(0);
  });

  it("ends by itself when the admin may no longer act: the session answers as the admin again", async () => {
    const [admin, customer] = await Promise.all([createUser({ role: "ADMIN" }), createUser()]);
    const browser = await browserOf(admin);
    await browser.run(() => startActingAction({ userId: customer.id }));
    expect(await userFromHeaders(browser.headers)).toMatchObject({ id: customer.id });
    // Demoted (or second factor reset): the customer's panel is no longer theirs to open.
    await db.user.update({ where: { id: admin.id }, data: { role: "SUPPORT" } });
    expect(await userFromHeaders(browser.headers)).toMatchObject({ id: admin.id, actingAdmin: null });
  });
});
