import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as listRoute, POST as markRoute } from "@/app/api/notifications/route";
import { toInngestFunction } from "@/inngest/client";
import { notificationMailJob } from "@/inngest/functions/notification-mail";
import { db } from "@/lib/db";
import { resetDemoProvider } from "@/lib/demo-provider/test-support";
import { moveOrder } from "@/lib/orders/move-order";
import { refreshProviderBalance } from "@/lib/providers/refresh-provider-balance";
import { orderFor } from "@/tests/complaint-fixtures";
import { startDemoProviderServer } from "@/tests/demo-provider-server";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";
import { providerWithServices } from "@/tests/order-fixtures";
import { deliverPendingMail, MAIL_STUCK_AFTER_MINUTES } from "./deliver-mail";
import { markNotificationsRead } from "./mark-read";
import { notifyUser } from "./notify-user";
import { mailPreferences, saveMailPreferences } from "./preferences";

let demo: Awaited<ReturnType<typeof startDemoProviderServer>>;

beforeAll(async () => {
  demo = await startDemoProviderServer();
  await resetDemoProvider("100");
});
afterAll(async () => demo.close());

const notice = (userId: string, kind = "complaint.reply") =>
  notifyUser(db, { userId, kind, title: `T ${kind}`, body: "B", link: "/user/complaints/1" });
const mailsTo = (email: string) => db.mailMessage.count({ where: { to: email } });

describe("notifyUser", () => {
  it("queues the e-mail unless the user switched that kind off; kinds outside the catalogue stay in-app", async () => {
    const user = await createUser();
    await saveMailPreferences(user, [{ kind: "complaint.status", email: false }]);
    const on = await notice(user.id, "complaint.reply");
    const off = await notice(user.id, "complaint.status");
    const other = await notice(user.id, "request.refill.completed");
    const rows = new Map((await db.notification.findMany({ where: { userId: user.id } })).map((row) => [row.id, row.mailStatus]));
    expect([rows.get(on), rows.get(off), rows.get(other)]).toEqual(["pending", null, null]);
    await deliverPendingMail({ ids: [on, off, other] });
    expect(await mailsTo(user.email)).toBe(1);
  });

  it("sends each queued e-mail once when deliveries overlap", async () => {
    const user = await createUser();
    const ids = await Promise.all(Array.from({ length: 6 }, () => notice(user.id)));
    const runs = await Promise.all([deliverPendingMail({ ids }), deliverPendingMail({ ids }), deliverPendingMail({ limit: 500 })]);
    expect(runs.reduce((sum, run) => sum + run.sent, 0)).toBeGreaterThanOrEqual(6);
    expect(await mailsTo(user.email)).toBe(6);
    expect(await db.notification.count({ where: { id: { in: ids }, mailStatus: "sent" } })).toBe(6);
  });
});

describe('an e-mail left in "sending" by a crash', () => {
  it("is sent again while the transport remembers its key, and delivered once even if the first send went out", async () => {
    const user = await createUser();
    const [wentOut, neverSent] = await Promise.all([notice(user.id), notice(user.id)]);
    const crashedAt = new Date(Date.now() - (MAIL_STUCK_AFTER_MINUTES + 1) * 60_000);
    await db.notification.updateMany({
      where: { id: { in: [wentOut, neverSent] } },
      data: { mailStatus: "sending", mailClaimedAt: crashedAt, mailAttempts: 1 },
    });
    // The first one reached the transport before the crash; the second did not.
    await db.mailMessage.create({ data: { to: user.email, subject: "s", text: "t", html: "h", idempotencyKey: `notice-${wentOut}` } });

    // A sweep (no ids) releases stuck mail; then these two are delivered, whatever else other tests left pending.
    await deliverPendingMail({ limit: 1 });
    await deliverPendingMail({ ids: [wentOut, neverSent] });
    expect(await mailsTo(user.email)).toBe(2);
    expect(await db.notification.count({ where: { id: { in: [wentOut, neverSent] }, mailStatus: "sent" } })).toBe(2);
  });

  it("is left alone while young, and marked failed (not resent) once the key may be forgotten", async () => {
    const user = await createUser();
    const [young, old] = await Promise.all([notice(user.id), notice(user.id)]);
    await db.notification.update({ where: { id: young }, data: { mailStatus: "sending", mailClaimedAt: new Date(), mailAttempts: 1 } });
    await db.notification.update({
      where: { id: old },
      data: {
        mailStatus: "sending",
        mailClaimedAt: new Date(Date.now() - 3_600_000),
        mailAttempts: 1,
        createdAt: new Date(Date.now() - 25 * 3_600_000),
      },
    });
    await deliverPendingMail({ limit: 500 });
    expect(await mailsTo(user.email)).toBe(0);
    expect(await db.notification.findUniqueOrThrow({ where: { id: young } })).toMatchObject({ mailStatus: "sending" });
    expect(await db.notification.findUniqueOrThrow({ where: { id: old } })).toMatchObject({ mailStatus: "failed" });
  });
});

describe("preferences", () => {
  it("lists only the kinds a role receives, defaulting to on, and refuses others naming the kind", async () => {
    const customer = await createUser();
    const admin = await createUser({ role: "ADMIN" });
    const kinds = (await mailPreferences(customer)).map((one) => one.kind);
    expect(kinds).toContain("payment.credited");
    expect(kinds).not.toContain("complaint.new");
    expect(kinds).not.toContain("order.uncertain");
    expect((await mailPreferences(admin)).map((one) => one.kind)).toEqual(
      expect.arrayContaining(["complaint.new", "complaint.assigned", "provider.balance_low", "order.uncertain"]),
    );
    await expect(saveMailPreferences(customer, [{ kind: "order.uncertain", email: false }])).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^preferences\.order\.uncertain:/),
    });
    const saved = await saveMailPreferences(customer, [{ kind: "order.completed", email: false }]);
    expect(saved.find((one) => one.kind === "order.completed")?.email).toBe(false);
    expect(saved.find((one) => one.kind === "order.partial")?.email).toBe(true);
  });
});

describe("reading and marking", () => {
  it("counts unread, and marks only the caller's own notices read", async () => {
    const owner = await createUser();
    const other = await createUser();
    const [first] = await Promise.all([notice(owner.id), notice(owner.id), notice(owner.id)]);
    expect(await markNotificationsRead(other.id, { id: first })).toBe(0);
    const ownerCookie = await sessionCookie(owner);
    const foreign = await callRoute(markRoute, { cookie: await sessionCookie(other), body: { id: first } });
    expect(foreign.json.data).toEqual({ marked: 0 });
    const list = await callRoute(listRoute, { method: "GET", url: "http://localhost/api/notifications?take=2", cookie: ownerCookie });
    expect(list.json.data).toMatchObject({ unread: 3, items: [expect.objectContaining({ read: false }), expect.anything()] });
    expect((list.json.data as { items: unknown[] }).items).toHaveLength(2);
    expect((await callRoute(markRoute, { cookie: ownerCookie, body: { id: first } })).json.data).toEqual({ marked: 1 });
    expect((await callRoute(markRoute, { cookie: ownerCookie, body: { all: true } })).json.data).toEqual({ marked: 2 });
    expect(
      (await callRoute(listRoute, { method: "GET", url: "http://localhost/api/notifications", cookie: ownerCookie })).json.data,
    ).toMatchObject({ unread: 0 });
    expect((await callRoute(markRoute, { cookie: ownerCookie, body: { all: false } })).status).toBe(422);
    expect((await callRoute(listRoute, { method: "GET", url: "http://localhost/api/notifications" })).status).toBe(401);
  });
});

describe("events from other domains", () => {
  it("tells admins when an order becomes uncertain and the customer when it completes; the cron e-mails both", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const customer = await createUser();
    const order = await orderFor(customer.id);
    await db.$transaction((tx) => moveOrder(tx, order.id, { to: "UNCERTAIN", kind: "forward_uncertain", message: "timeout: no answer" }));
    await db.$transaction((tx) => moveOrder(tx, order.id, { to: "COMPLETED", kind: "status_sync" }));
    expect(await db.notification.findFirst({ where: { userId: admin.id, kind: "order.uncertain" } })).toMatchObject({
      link: `/admin/orders/${order.id}`,
      mailStatus: "pending",
    });
    expect(await db.notification.findFirst({ where: { userId: customer.id, kind: "order.completed" } })).toMatchObject({
      mailStatus: "pending",
    });
    const { error } = await new InngestTestEngine({ function: toInngestFunction(notificationMailJob) }).execute();
    expect(error).toBeUndefined();
    expect(await mailsTo(admin.email)).toBe(1);
    expect(await mailsTo(customer.email)).toBe(1);
  });

  it("announces the first order of a provider that goes uncertain, not each one of an outage; another provider is announced", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const customer = await createUser();
    const { provider: outage } = await providerWithServices(admin.id, demo.url(), ["1"]);
    const { provider: other } = await providerWithServices(admin.id, demo.url(), ["1"]);
    const orders = [await orderFor(customer.id), await orderFor(customer.id), await orderFor(customer.id), await orderFor(customer.id)];
    await db.order.updateMany({ where: { id: { in: orders.slice(0, 3).map((order) => order.id) } }, data: { providerId: outage.id } });
    await db.order.update({ where: { id: orders[3].id }, data: { providerId: other.id } });
    for (const order of orders)
      await db.$transaction((tx) => moveOrder(tx, order.id, { to: "UNCERTAIN", kind: "forward_uncertain", message: "timeout: no answer" }));

    const notices = await db.notification.findMany({ where: { userId: admin.id, kind: "order.uncertain" }, orderBy: { createdAt: "asc" } });
    expect(notices.map((notice) => notice.link)).toEqual([`/admin/orders/${orders[0].id}`, `/admin/orders/${orders[3].id}`]);
    expect(notices[0].body).toContain("/admin/orders?status=UNCERTAIN");
  });

  it("tells admins once (in-app and e-mail) when a provider's balance is below its threshold", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const { provider } = await providerWithServices(admin.id, demo.url(), ["1"]);
    await db.provider.update({ where: { id: provider.id }, data: { lowBalanceThreshold: "1000000" } });
    await Promise.all([refreshProviderBalance(provider.id), refreshProviderBalance(provider.id)]);
    expect(
      await db.notification.count({ where: { userId: admin.id, kind: "provider.balance_low", link: `/admin/providers/${provider.id}` } }),
    ).toBe(1);
    expect(await db.mailMessage.count({ where: { to: admin.email, subject: { contains: "balance is low" } } })).toBe(1);
  });
});
