import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAttachment } from "@/app/api/complaints/attachments/[id]/route";
import { GET as getCase, PUT as putCase } from "@/app/api/complaints/[id]/route";
import { GET as listCases, POST as postCase } from "@/app/api/complaints/route";
import { db } from "@/lib/db";
import { createComplaint } from "./create-complaint";
import { complaintCategory, ELF, file, JPEG, multipart, orderFor, PNG, storedFiles } from "@/tests/complaint-fixtures";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";

/** A manual bKash payment waiting for review, owned by `userId` (nothing is credited). */
async function paymentFor(userId: string) {
  const tranId = `T${Date.now()}${Math.random().toString(36).slice(2, 8)}`.slice(0, 30);
  return db.payment.create({
    data: {
      userId,
      method: "BKASH_MANUAL",
      status: "SUBMITTED",
      tranId,
      amount: "500",
      senderNumber: "01711111111",
      trxId: tranId.toUpperCase(),
    },
  });
}

type User = Awaited<ReturnType<typeof createUser>>;
let category: { id: string };

beforeAll(async () => {
  category = await complaintCategory();
});

async function fileCase(user: User, extra: Record<string, unknown> = {}) {
  const res = await callRoute(postCase, {
    cookie: await sessionCookie(user),
    body: { categoryId: category.id, title: "Order not delivered", description: "Nothing arrived.", ...extra },
  });
  expect(res.status, JSON.stringify(res.json)).toBe(201);
  return (res.json.data as { id: number }).id;
}

async function put(user: User, id: number, body: Record<string, unknown>) {
  return callRoute(putCase, { method: "PUT", cookie: await sessionCookie(user), body, params: { id: String(id) } });
}

async function send(handler: typeof postCase, req: Request, params: Record<string, string> = {}) {
  const res = await handler(req, { params: Promise.resolve(params) });
  return {
    status: res.status,
    json: (await res.json()) as { success: boolean; data?: unknown; error?: { code: string; message: string } },
  };
}

describe("filing a case", () => {
  it("links the customer's own orders and stores images checked by content", async () => {
    const customer = await createUser();
    const order = await orderFor(customer.id);
    const res = await send(
      postCase,
      await multipart(
        customer,
        "POST",
        { categoryId: category.id, title: "Late", description: "Slow", priority: "HIGH", orderIds: [String(order.id)] },
        [file(PNG, "shot.png"), file(JPEG, "photo.jpeg", "image/jpeg")],
      ),
    );
    expect(res.status, JSON.stringify(res.json)).toBe(201);
    const id = (res.json.data as { id: number }).id;
    const view = await callRoute(getCase, { method: "GET", cookie: await sessionCookie(customer), params: { id: String(id) } });
    const data = view.json.data as { orders: { id: number }[]; priority: string; timeline: { attachments: { mime: string }[] }[] };
    expect(data.orders).toEqual([expect.objectContaining({ id: order.id })]);
    expect(data.priority).toBe("HIGH");
    expect(data.timeline[0].attachments.map((one) => one.mime)).toEqual(["image/png", "image/jpeg"]);
  });

  it("refuses bad input with a 4xx naming the field, writing nothing and leaving no files", async () => {
    const customer = await createUser();
    const stranger = await createUser();
    const foreignOrder = await orderFor(stranger.id);
    const foreignPayment = await paymentFor(stranger.id);
    const off = await complaintCategory(undefined, false);
    const before = { cases: await db.complaint.count(), files: (await storedFiles()).length };
    const cases: [Record<string, string | string[]>, File[], string][] = [
      [{ categoryId: category.id, title: "  ", description: "x" }, [], "title"],
      [{ categoryId: category.id, title: "t", description: "x".repeat(5001) }, [], "description"],
      [{ categoryId: category.id, title: "t", description: "x", orderIds: [String(foreignOrder.id)] }, [file(PNG, "a.png")], "orderIds"],
      [{ categoryId: "nope", title: "t", description: "x" }, [file(PNG, "a.png")], "categoryId"],
      [{ categoryId: off.id, title: "t", description: "x" }, [], "categoryId"],
      [{ categoryId: category.id, title: "t", description: "x" }, Array.from({ length: 6 }, (_, i) => file(PNG, `${i}.png`)), "files"],
      [{ categoryId: category.id, title: "t", description: "x" }, [file(PNG, "ok.png"), file(ELF, "cat.png")], "files.1"],
      [
        { categoryId: category.id, title: "t", description: "x" },
        [file(new TextEncoder().encode("GIF89a not allowed"), "a.gif", "image/gif")],
        "files.0",
      ],
      [
        { categoryId: category.id, title: "t", description: "x" },
        [
          file(
            new Uint8Array(5 * 1024 * 1024 + 1).fill(1, 0).map((v, i) => (i < PNG.length ? PNG[i] : v)),
            "big.png",
          ),
        ],
        "files.0",
      ],
      [{ categoryId: category.id, title: "t", description: "x", paymentId: "pay_123" }, [], "paymentId"],
      [{ categoryId: category.id, title: "t", description: "x", paymentId: foreignPayment.id }, [file(PNG, "a.png")], "paymentId"],
    ];
    for (const [fields, files, field] of cases) {
      const res = await send(postCase, await multipart(customer, "POST", fields, files));
      expect(res.status, `${field}: ${JSON.stringify(res.json)}`).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.json.error?.message.startsWith(`${field}:`), res.json.error?.message).toBe(true);
    }
    expect(await db.complaint.count()).toBe(before.cases);
    expect((await storedFiles()).length).toBe(before.files);
  });

  it("links one of the customer's own payments; staff and the owner see it, with its tran_id", async () => {
    const customer = await createUser();
    const payment = await paymentFor(customer.id);
    const id = await fileCase(customer, { paymentId: payment.id });
    const view = await callRoute(getCase, { method: "GET", cookie: await sessionCookie(customer), params: { id: String(id) } });
    expect((view.json.data as { payments: unknown[] }).payments).toEqual([{ id: payment.id, tranId: payment.tranId, status: "SUBMITTED" }]);
    const queue = await db.complaint.findMany({ where: { links: { some: { paymentId: payment.id } } }, select: { id: true } });
    expect(queue.map((row) => row.id)).toEqual([id]);
  });

  it("refuses an oversized form by its length before reading it (413 naming files)", async () => {
    const customer = await createUser();
    const req = new Request("http://localhost:3999/api/complaints", {
      method: "POST",
      body: "x",
      headers: {
        cookie: await sessionCookie(customer),
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(27 * 1024 * 1024),
      },
    });
    const res = await send(postCase, req);
    expect(res.status).toBe(413);
    expect(res.json.error?.message).toMatch(/^files:/);
  });

  it("removes stored images when the transaction fails after they were written", async () => {
    const before = (await storedFiles()).length;
    // An unknown user: the case insert fails on its foreign key after the image is on disk.
    await expect(
      createComplaint(
        "no-such-user",
        { categoryId: category.id, priority: "LOW", title: "t", description: "d", orderIds: [], paymentId: undefined },
        [file(PNG, "a.png")],
      ),
    ).rejects.toThrow();
    expect((await storedFiles()).length).toBe(before);
  });
});

describe("who sees what", () => {
  it("never lets a customer read, reply to or download from another's case (404)", async () => {
    const owner = await createUser();
    const other = await createUser();
    const res = await send(
      postCase,
      await multipart(owner, "POST", { categoryId: category.id, title: "Mine", description: "private" }, [file(PNG, "secret.png")]),
    );
    const id = (res.json.data as { id: number }).id;
    const attachment = await db.complaintAttachment.findFirstOrThrow({ where: { complaintId: id } });

    expect((await callRoute(getCase, { method: "GET", cookie: await sessionCookie(other), params: { id: String(id) } })).status).toBe(404);
    expect((await put(other, id, { message: "hi" })).status).toBe(404);
    expect((await put(other, id, { status: "CLOSED" })).status).toBe(404);
    const foreign = await getAttachment(new Request("http://localhost/x", { headers: { cookie: await sessionCookie(other) } }), {
      params: Promise.resolve({ id: attachment.id }),
    });
    expect(foreign.status).toBe(404);
    const anonymous = await getAttachment(new Request("http://localhost/x"), { params: Promise.resolve({ id: attachment.id }) });
    expect(anonymous.status).toBe(401);

    const own = await getAttachment(new Request("http://localhost/x", { headers: { cookie: await sessionCookie(owner) } }), {
      params: Promise.resolve({ id: attachment.id }),
    });
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("image/png");
    expect(own.headers.get("content-length")).toBe(String(PNG.byteLength));
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(PNG);
    const list = await callRoute(listCases, { method: "GET", url: "http://localhost/api/complaints", cookie: await sessionCookie(other) });
    expect((list.json.data as { items: { id: number }[] }).items.map((item) => item.id)).not.toContain(id);
  });

  it("keeps internal notes (and their existence) off the customer's page and API", async () => {
    const customer = await createUser();
    const support = await createUser({ role: "SUPPORT" });
    const id = await fileCase(customer);
    expect((await put(support, id, { message: "Customer seems to be a reseller, check refunds", internal: true })).status).toBe(200);
    expect((await put(support, id, { status: "IN_PROGRESS", message: "Escalated to provider X", internal: true })).status).toBe(200);
    expect((await put(support, id, { message: "We are looking into it." })).status).toBe(200);

    const customerView = await callRoute(getCase, { method: "GET", cookie: await sessionCookie(customer), params: { id: String(id) } });
    const text = JSON.stringify(customerView.json);
    expect(text).not.toContain("reseller");
    expect(text).not.toContain("provider X");
    expect(text).not.toContain(support.id);
    expect(text).toContain("We are looking into it.");
    const timeline = (
      customerView.json.data as { timeline: { kind: string; internal: boolean; toStatus: string | null; body: string | null }[] }
    ).timeline;
    expect(timeline.every((event) => !event.internal)).toBe(true);
    expect(timeline.find((event) => event.toStatus === "IN_PROGRESS")?.body).toBeNull();

    const staffView = await callRoute(getCase, { method: "GET", cookie: await sessionCookie(support), params: { id: String(id) } });
    expect(JSON.stringify(staffView.json)).toContain("reseller");

    // A customer cannot write one either.
    expect((await put(customer, id, { message: "x", internal: true })).status).toBe(403);
    expect((await put(customer, id, { message: "x", internal: "true" })).status).toBe(403);
  });
});

describe("the lifecycle", () => {
  it("moves only along the lifecycle, and a customer's reply reopens a resolved case", async () => {
    const customer = await createUser();
    const support = await createUser({ role: "SUPPORT" });
    const id = await fileCase(customer);
    expect((await put(customer, id, { status: "RESOLVED" })).status).toBe(403);
    expect((await put(customer, id, { status: "IN_PROGRESS" })).status).toBe(403);
    expect((await put(support, id, { status: "RESOLVED", message: "Refunded." })).status).toBe(200);
    const back = await put(support, id, { status: "IN_PROGRESS" });
    expect(back.status).toBe(409);
    expect(back.json.error?.message).toMatch(/^status:/);

    const reply = await put(customer, id, { message: "Still missing 200 likes" });
    expect(reply.status).toBe(200);
    expect(reply.json.data).toMatchObject({ status: "OPEN" });
    expect(await db.complaintEvent.count({ where: { complaintId: id, kind: "status", fromStatus: "RESOLVED", toStatus: "OPEN" } })).toBe(1);

    expect((await put(customer, id, { status: "CLOSED" })).status).toBe(200);
    expect((await put(customer, id, { message: "again" })).status).toBe(409);
    expect((await put(support, id, { status: "OPEN" })).status).toBe(409);
    expect((await db.complaint.findUniqueOrThrow({ where: { id } })).status).toBe("CLOSED");
  });

  it("applies one of two racing moves from the same status", async () => {
    const customer = await createUser();
    const support = await createUser({ role: "SUPPORT" });
    const id = await fileCase(customer);
    const results = await Promise.all([put(support, id, { status: "REJECTED" }), put(customer, id, { status: "CLOSED" })]);
    expect(results.map((res) => res.status).sort()).toEqual([200, 409]);
    expect(await db.complaintEvent.count({ where: { complaintId: id, kind: "status" } })).toBe(1);
  });

  it("records first response time, assignment and notifies the right people", async () => {
    const customer = await createUser();
    const support = await createUser({ role: "SUPPORT" });
    const admin = await createUser({ role: "ADMIN" });
    const id = await fileCase(customer);
    expect(await db.notification.count({ where: { userId: support.id, kind: "complaint.new", link: `/admin/complaints/${id}` } })).toBe(1);
    expect((await put(admin, id, { assigneeId: support.id })).status).toBe(200);
    expect(await db.notification.count({ where: { userId: support.id, kind: "complaint.assigned" } })).toBe(1);
    expect((await put(admin, id, { assigneeId: customer.id })).json.error?.message).toMatch(/^assigneeId:/);
    await put(support, id, { message: "internal", internal: true });
    expect((await db.complaint.findUniqueOrThrow({ where: { id } })).firstResponseAt).toBeNull();
    expect(await db.notification.count({ where: { userId: customer.id } })).toBe(0);
    await put(support, id, { message: "Hello" });
    expect((await db.complaint.findUniqueOrThrow({ where: { id } })).firstResponseAt).toBeInstanceOf(Date);
    const notice = await db.notification.findFirstOrThrow({ where: { userId: customer.id, kind: "complaint.reply" } });
    expect(notice.mailStatus).toBe("sent");
    expect(await db.mailMessage.count({ where: { to: customer.email, subject: notice.title } })).toBe(1);
    await put(customer, id, { message: "Thanks" });
    expect(await db.notification.count({ where: { userId: support.id, kind: "complaint.reply" } })).toBe(1);
  });
});

describe("GET /api/complaints", () => {
  it("pages the customer's cases with { items, pagination: { page, limit, total, pages } } and filters by status", async () => {
    const customer = await createUser();
    for (let i = 0; i < 5; i += 1) await fileCase(customer, { title: `Case ${i}` });
    const cookie = await sessionCookie(customer);
    const page2 = await callRoute(listCases, { method: "GET", url: "http://localhost/api/complaints?page=2&limit=2", cookie });
    expect(page2.status).toBe(200);
    const data = page2.json.data as { items: { title: string }[]; pagination: unknown };
    expect(data.pagination).toEqual({ page: 2, limit: 2, total: 5, pages: 3 });
    expect(data.items.map((item) => item.title)).toEqual(["Case 2", "Case 1"]);
    const closed = await callRoute(listCases, { method: "GET", url: "http://localhost/api/complaints?status=CLOSED", cookie });
    expect(closed.json.data).toEqual({ items: [], pagination: { page: 1, limit: 20, total: 0, pages: 0 } });
    expect((await callRoute(listCases, { method: "GET", url: "http://localhost/api/complaints?limit=1000", cookie })).status).toBe(422);
    expect((await callRoute(listCases, { method: "GET", url: "http://localhost/api/complaints" })).status).toBe(401);
  });
});
