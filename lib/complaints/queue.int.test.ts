import { describe, expect, it } from "vitest";
import { POST as bulkRoute } from "@/app/api/admin/complaints/bulk/route";
import { GET as queueRoute } from "@/app/api/admin/complaints/route";
import { db } from "@/lib/db";
import { complaintCategory, orderFor } from "@/tests/complaint-fixtures";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";
import { saveComplaintCategory } from "./categories";
import { createComplaint } from "./create-complaint";
import type { QueueRow } from "./list-queue";

type Queue = { items: QueueRow[]; pagination: { total: number } };

describe("the staff queue", () => {
  it("filters by status, priority, category, assignee, linked order, age and search; customers get a 403", async () => {
    const support = await createUser({ role: "SUPPORT" });
    const customer = await createUser();
    const category = await complaintCategory();
    const order = await orderFor(customer.id);
    const base = { categoryId: category.id, description: "d", orderIds: [], paymentId: undefined };
    const urgent = await createComplaint(customer.id, { ...base, priority: "URGENT", title: "Urgent one", orderIds: [order.id] });
    const old = await createComplaint(customer.id, { ...base, priority: "LOW", title: "Old one" });
    await db.complaint.update({
      where: { id: old.id },
      data: { createdAt: new Date(Date.now() - 10 * 86_400_000), assigneeId: support.id },
    });
    const cookie = await sessionCookie(support);
    const ids = async (query: string) => {
      const res = await callRoute(queueRoute, {
        method: "GET",
        url: `http://localhost/api/admin/complaints?categoryId=${category.id}&${query}`,
        cookie,
      });
      expect(res.status, JSON.stringify(res.json)).toBe(200);
      return (res.json.data as Queue).items.map((item) => item.id);
    };
    expect(await ids("")).toEqual([urgent.id, old.id]);
    expect(await ids("priority=LOW")).toEqual([old.id]);
    expect(await ids(`orderId=${order.id}`)).toEqual([urgent.id]);
    expect(await ids("assignee=me")).toEqual([old.id]);
    expect(await ids("assignee=none")).toEqual([urgent.id]);
    expect(await ids("olderThanDays=7")).toEqual([old.id]);
    expect(await ids(`q=${encodeURIComponent("#" + old.id)}`)).toEqual([old.id]);
    expect(await ids(`q=${encodeURIComponent(customer.email.toUpperCase())}`)).toHaveLength(2);
    expect(await ids("status=CLOSED")).toEqual([]);
    const row = (
      await callRoute(queueRoute, {
        method: "GET",
        url: `http://localhost/api/admin/complaints?categoryId=${category.id}&priority=LOW`,
        cookie,
      })
    ).json.data as Queue;
    expect(row.items[0].ageMs).toBeGreaterThan(9 * 86_400_000);
    expect(row.items[0].firstResponseMs).toBeNull();
    expect(
      (await callRoute(queueRoute, { method: "GET", url: "http://localhost/api/admin/complaints", cookie: await sessionCookie(customer) }))
        .status,
    ).toBe(403);
    expect((await callRoute(queueRoute, { method: "GET", url: "http://localhost/api/admin/complaints?status=NOPE", cookie })).status).toBe(
      422,
    );
  });

  it("bulk assigns and closes, reporting each case; a final case is reported, not changed", async () => {
    const support = await createUser({ role: "SUPPORT" });
    const customer = await createUser();
    const category = await complaintCategory();
    const base = { categoryId: category.id, description: "d", orderIds: [], paymentId: undefined, priority: "MEDIUM" as const };
    const a = await createComplaint(customer.id, { ...base, title: "a" });
    const b = await createComplaint(customer.id, { ...base, title: "b" });
    await db.complaint.update({ where: { id: b.id }, data: { status: "REJECTED" } });
    const cookie = await sessionCookie(support);
    const assigned = await callRoute(bulkRoute, { cookie, body: { action: "assign", ids: [a.id, b.id], assigneeId: support.id } });
    expect(assigned.json.data).toEqual([
      { id: a.id, ok: true },
      { id: b.id, ok: true },
    ]);
    const closed = await callRoute(bulkRoute, { cookie, body: { action: "close", ids: [a.id, b.id, 2_000_000_000] } });
    expect(closed.json.data).toEqual([
      { id: a.id, ok: true },
      { id: b.id, ok: false, error: expect.stringMatching(/^status:/) },
      { id: 2_000_000_000, ok: false, error: "Case was not found." },
    ]);
    expect((await db.complaint.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("CLOSED");
    expect((await db.complaint.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("REJECTED");
    expect((await callRoute(bulkRoute, { cookie: await sessionCookie(customer), body: { action: "close", ids: [a.id] } })).status).toBe(
      403,
    );
  });
});

describe("categories", () => {
  it("refuses a duplicate name naming the field, and an unknown category id is a 404", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const name = `Billing ${Date.now()}`;
    const { id } = await saveComplaintCategory({ name, active: true, sortOrder: 0 }, { id: admin.id });
    await expect(saveComplaintCategory({ name, active: true, sortOrder: 1 }, { id: admin.id })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/^name:/),
    });
    await saveComplaintCategory({ id, name, active: false, sortOrder: 5 }, { id: admin.id });
    expect(await db.complaintCategory.findUniqueOrThrow({ where: { id } })).toMatchObject({ active: false, sortOrder: 5 });
    expect(await db.auditLog.count({ where: { objectType: "complaint_category", objectId: id } })).toBe(2);
    await expect(saveComplaintCategory({ id: "missing", name: "x", active: true, sortOrder: 0 }, { id: admin.id })).rejects.toMatchObject({
      status: 404,
    });
  });
});
