import { randomUUID } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/admin/waiting-work/route";
import { listComplaintQueue } from "@/lib/complaints/list-queue";
import { queueQuerySchema } from "@/lib/complaints/queue-query";
import { db, Prisma } from "@/lib/db";
import { listManualQueue, manualQueueQuerySchema } from "@/lib/orders/admin/list-manual-queue";
import { listOrdersForAdmin } from "@/lib/orders/admin/list-orders-for-admin";
import { adminOrderQuerySchema } from "@/lib/orders/admin/schemas";
import { listRequestQueue } from "@/lib/orders/requests/admin/list-request-queue";
import { requestQueueQuerySchema } from "@/lib/orders/requests/admin/schemas";
import { listPaymentsForAdmin } from "@/lib/payments/admin/list-payments-for-admin";
import { adminPaymentFiltersSchema } from "@/lib/payments/schemas";
import { listProviders } from "@/lib/providers/list-providers";
import { providerListQuerySchema } from "@/lib/providers/schemas";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";
import { countWaitingWork, waitingWorkStatement } from "./waiting-work";
import { WAITING_WORK_KEYS, waitingWorkHref, type WaitingWork, type WaitingWorkKey } from "./waiting-work-items";

type User = Awaited<ReturnType<typeof createUser>>;
let admin: User;
let support: User;
let customer: User;
let before: WaitingWork;
// "Now" for the counts: the 7-day window starts 15 minutes ago, so a failure back-dated 30 minutes is outside it.
const now = () => new Date(Date.now() + 7 * 86_400_000 - 15 * 60_000);
const tag = randomUUID().slice(0, 8);
let seq = 0;

/** What each count should grow by, from the rows built below. */
const EXPECTED: Record<WaitingWorkKey, number> = {
  manualPayments: 2,
  unassignedCases: 2,
  uncertainOrders: 2,
  forwardFailed: 2,
  waitingRequests: 2,
  manualOrders: 3,
  lowProviders: 3,
};

type Status = "PENDING" | "PROCESSING" | "IN_PROGRESS" | "UNCERTAIN" | "FORWARD_FAILED" | "COMPLETED" | "PARTIAL";
async function order(status: Status, serviceId: number, createdAt?: Date, mode: "MANUAL" | "AUTO" = "MANUAL") {
  return db.order.create({
    data: {
      userId: customer.id,
      serviceId,
      link: `https://example.test/${tag}/${++seq}`,
      quantity: 100,
      mode,
      status,
      rate: "10",
      charge: "1",
      chargeUsd: "0.01",
      source: "web",
      ...(createdAt ? { createdAt } : {}),
    },
    select: { id: true },
  });
}

const payment = (method: "BKASH_MANUAL" | "NAGAD_MANUAL" | "SSLCOMMERZ", status: "SUBMITTED" | "APPROVED" | "PENDING") =>
  db.payment.create({ data: { userId: customer.id, method, status, tranId: `WW${tag}${++seq}`, amount: "100" } });

const provider = (status: "ACTIVE" | "DISABLED", balance: string | null, lowBalanceThreshold: string | null = null) =>
  db.provider.create({
    data: {
      name: `Waiting work ${tag} ${++seq}`,
      apiUrl: "https://provider.example.test/api/v2",
      apiKeyEncrypted: "x",
      apiKeyHint: "abcd",
      status,
      balance,
      lowBalanceThreshold,
    },
  });

beforeAll(async () => {
  [admin, support, customer] = await Promise.all([createUser({ role: "ADMIN" }), createUser({ role: "SUPPORT" }), createUser()]);
  // The back-dated failure comes first, so order ids still grow with created_at (the list's id window relies on it).
  const category = await db.category.create({ data: { name: `Waiting work ${tag}` } });
  const service = await db.service.create({
    data: { name: `Manual ${tag}`, categoryId: category.id, rate: "10", min: 1, max: 1000, mode: "MANUAL" },
  });
  const oldFailure = await order("FORWARD_FAILED", service.id, new Date(Date.now() - 30 * 60_000));
  before = await countWaitingWork("ADMIN", now());

  await payment("BKASH_MANUAL", "SUBMITTED");
  await payment("NAGAD_MANUAL", "SUBMITTED");
  await payment("BKASH_MANUAL", "APPROVED");
  await payment("SSLCOMMERZ", "PENDING");

  const caseCategory = await db.complaintCategory.create({ data: { name: `Waiting work ${tag}` } });
  const complaint = (status: "OPEN" | "IN_PROGRESS" | "RESOLVED", assigneeId: string | null = null) =>
    db.complaint.create({
      data: { userId: customer.id, categoryId: caseCategory.id, title: `Case ${tag}`, description: "…", status, assigneeId },
    });
  await complaint("OPEN");
  await complaint("IN_PROGRESS");
  await complaint("OPEN", support.id);
  await complaint("RESOLVED");

  await order("UNCERTAIN", service.id);
  await order("UNCERTAIN", service.id);
  await order("FORWARD_FAILED", service.id);
  await order("FORWARD_FAILED", service.id);
  const done = await order("COMPLETED", service.id);
  // The manual queue: open manual orders only (an AUTO order waiting to be sent, or a finished manual one, is not staff's work).
  await order("PENDING", service.id);
  await order("PROCESSING", service.id);
  await order("IN_PROGRESS", service.id);
  await order("PARTIAL", service.id);
  await order("PENDING", service.id, undefined, "AUTO");
  await order("IN_PROGRESS", service.id, undefined, "AUTO");
  const request = (kind: string, status: "PENDING" | "SENT" | "COMPLETED" | "FAILED") =>
    db.orderRequest.create({ data: { orderId: done.id, userId: customer.id, kind, status } });
  await request("refill", "PENDING");
  await request("cancel", "PENDING");
  await request("refill", "SENT");
  await request("refill", "COMPLETED");
  await request("cancel", "FAILED");

  await provider("ACTIVE", "-1");
  await provider("ACTIVE", "0");
  await provider("ACTIVE", "5", "10");
  await provider("ACTIVE", "50", "10");
  await provider("ACTIVE", "10", "10");
  await provider("ACTIVE", "5");
  await provider("ACTIVE", null, "10");
  await provider("DISABLED", "0", "10");
  expect(oldFailure.id).toBeGreaterThan(0);
});

const paramsOf = (href: string) => Object.fromEntries(new URL(href, "http://panel.test").searchParams);
const pathOf = (href: string) => new URL(href, "http://panel.test").pathname;

/** How many rows the list behind `href` shows, read with the page's own schema, every page walked. */
async function rowsListed(key: WaitingWorkKey, href: string): Promise<number> {
  const params = paramsOf(href);
  switch (key) {
    case "manualPayments": {
      expect(pathOf(href)).toBe("/admin/payments");
      let total = 0;
      for (let page = 1; ; page += 1) {
        const result = await listPaymentsForAdmin(adminPaymentFiltersSchema.parse({ ...params, page }));
        total += result.rows.length;
        if (!result.hasMore) return total;
      }
    }
    case "unassignedCases": {
      expect(pathOf(href)).toBe("/admin/complaints");
      const { page, limit, ...filters } = queueQuerySchema.parse({ status: "ACTIVE", ...params });
      return (await listComplaintQueue(filters, { page, limit })).pagination.total;
    }
    case "uncertainOrders":
    case "forwardFailed": {
      expect(pathOf(href)).toBe("/admin/orders");
      const filters = adminOrderQuerySchema.parse(params);
      let total = 0;
      let cursor: number | undefined;
      for (;;) {
        const result = await listOrdersForAdmin({ ...filters, cursor, take: 100 });
        total += result.orders.length;
        if (!result.nextCursor) return total;
        cursor = result.nextCursor;
      }
    }
    case "waitingRequests": {
      expect(pathOf(href)).toBe("/admin/orders/requests");
      const query = requestQueueQuerySchema.parse(params);
      let total = 0;
      let after: string | undefined;
      for (;;) {
        const result = await listRequestQueue({ ...query, after });
        total += result.requests.length;
        if (!result.nextAfter) return total;
        after = result.nextAfter;
      }
    }
    case "manualOrders": {
      expect(pathOf(href)).toBe("/admin/orders/queue");
      const query = manualQueueQuerySchema.parse(params);
      let total = 0;
      let after: number | undefined;
      for (;;) {
        const result = await listManualQueue({ ...query, after });
        total += result.orders.length;
        if (!result.nextAfter) return total;
        after = result.nextAfter;
      }
    }
    case "lowProviders": {
      expect(pathOf(href)).toBe("/admin/providers");
      return (await listProviders(providerListQuerySchema.parse(params))).length;
    }
  }
}

describe("countWaitingWork", () => {
  it("counts what the rows built here add, and nothing else", async () => {
    const after = await countWaitingWork("ADMIN", now());
    for (const key of WAITING_WORK_KEYS)
      expect({ key, added: after.counts[key]! - before.counts[key]! }).toEqual({ key, added: EXPECTED[key] });
  });

  it("badges count what the lists show: each count equals the rows of the list its link opens", async () => {
    const work = await countWaitingWork("ADMIN", now());
    expect(Object.keys(work.counts).sort()).toEqual([...WAITING_WORK_KEYS].sort());
    for (const key of WAITING_WORK_KEYS) {
      const listed = await rowsListed(key, waitingWorkHref(key, work.since));
      expect({ key, count: work.counts[key] }).toEqual({ key, count: listed });
    }
    // The forward-failure window is exact: the back-dated failure is neither counted nor listed.
    expect(work.counts.forwardFailed).toBeLessThan(
      await rowsListed(
        "forwardFailed",
        `/admin/orders?status=FORWARD_FAILED&since=${encodeURIComponent(new Date(Date.now() - 86_400_000).toISOString())}`,
      ),
    );
  });

  it("shows a role only the counts its permissions list: SUPPORT gets no provider count, a customer none", async () => {
    const work = await countWaitingWork("SUPPORT", now());
    expect(Object.keys(work.counts).sort()).toEqual([
      "forwardFailed",
      "manualOrders",
      "manualPayments",
      "unassignedCases",
      "uncertainOrders",
      "waitingRequests",
    ]);
    expect(work.counts.lowProviders).toBeUndefined();
    expect((await countWaitingWork("CUSTOMER")).counts).toEqual({});
  });

  it("runs every count in one statement (one round trip)", async () => {
    const query = vi.spyOn(pg.Client.prototype, "query");
    try {
      await countWaitingWork("ADMIN");
      const statements = query.mock.calls.map(([first]) => (typeof first === "string" ? first : (first as { text: string }).text));
      expect(statements).toHaveLength(1);
      expect(statements[0]).toMatch(/^SELECT \(SELECT count\(\*\) FROM payments/);
    } finally {
      query.mockRestore();
    }
  });
});

describe("the filters the badges link to", () => {
  it("payments: method=MANUAL keeps both manual methods and nothing else", async () => {
    const listed = await listPaymentsForAdmin(adminPaymentFiltersSchema.parse({ method: "MANUAL", q: customer.email }));
    expect(listed.rows.map((row) => row.method).sort()).toEqual(["BKASH_MANUAL", "BKASH_MANUAL", "NAGAD_MANUAL"]);
    const all = await listPaymentsForAdmin(adminPaymentFiltersSchema.parse({ q: customer.email }));
    expect(all.rows).toHaveLength(4);
  });
});

describe("the counts' plan", () => {
  it("serves every count but the providers' (a handful of rows) from an index, never a scan of the table", async () => {
    const keys = WAITING_WORK_KEYS.filter((key) => key !== "lowProviders");
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${waitingWorkStatement(keys, new Date())}`);
    });
    const text = plan.map((line) => line["QUERY PLAN"]).join("\n");
    expect(text).not.toMatch(/Seq Scan/);
    expect(text).toMatch(/orders_forward_failed_created_at_idx/);
  });
});

describe("GET /api/admin/waiting-work", () => {
  const get = (cookie?: string) => callRoute(GET, { method: "GET", url: "http://localhost:3999/api/admin/waiting-work", cookie });

  it("answers staff with the counts they may see", async () => {
    const asAdmin = await get(await sessionCookie(admin));
    expect(asAdmin.status).toBe(200);
    const data = asAdmin.json.data as WaitingWork;
    expect(Object.keys(data.counts).sort()).toEqual([...WAITING_WORK_KEYS].sort());
    expect(data.counts.lowProviders).toBeGreaterThanOrEqual(EXPECTED.lowProviders);
    const asSupport = await get(await sessionCookie(support));
    expect(asSupport.status).toBe(200);
    expect((asSupport.json.data as WaitingWork).counts).not.toHaveProperty("lowProviders");
  });

  it("refuses a customer (403) and an anonymous caller (401)", async () => {
    expect((await get(await sessionCookie(customer))).status).toBe(403);
    expect((await get()).status).toBe(401);
  });
});
