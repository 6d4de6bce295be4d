// Issue 17: services made by hand (mode MANUAL, no provider), through the admin action the form uses.
import { inRequestScope } from "@/tests/bad-input/request-scope"; // first: it sets up Next's request storage
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createManualServiceAction, updateServiceAction } from "@/lib/actions/admin/catalog-services";
import { db } from "@/lib/db";
import { createUser, sessionCookie } from "@/tests/factories";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const as = async (user: Parameters<typeof sessionCookie>[0]) => {
  const headers = new Headers({ origin: "http://localhost:3999", host: "localhost:3999", "x-forwarded-for": "203.0.113.93" });
  headers.set("cookie", await sessionCookie(user));
  return <T>(run: () => Promise<T>) => inRequestScope(headers, run);
};

let asAdmin: Awaited<ReturnType<typeof as>>;
let admin: Awaited<ReturnType<typeof createUser>>;
let categoryId: string;
const tag = randomUUID().slice(0, 8);
const valid = () => ({
  name: `Hand-made likes ${tag}`,
  description: "Delivered by our team",
  categoryId,
  type: "DEFAULT" as const,
  rate: "120.5",
  min: "10",
  max: "5000",
  refill: "on" as const,
  refillDays: "30",
  cancel: true,
});

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
  asAdmin = await as(admin);
  categoryId = (await db.category.create({ data: { name: `Manual ${tag}` } })).id;
});

describe("createManualService", () => {
  it("creates a MANUAL service with no provider, its 'created' change and one audit row", async () => {
    const answer = await asAdmin(() => createManualServiceAction(valid()));
    expect(answer.success).toBe(true);
    const serviceId = (answer as { data: { serviceId: number } }).data.serviceId;
    const service = await db.service.findUniqueOrThrow({ where: { id: serviceId } });
    expect(service).toMatchObject({
      mode: "MANUAL",
      providerId: null,
      providerServiceId: null,
      markupKind: null,
      type: "DEFAULT",
      min: 10,
      max: 5000,
      status: "ACTIVE",
      refill: true,
      refillDays: 30,
      cancel: true,
      dripfeed: false,
      categoryId,
    });
    expect(service.rate.toFixed(4)).toBe("120.5000");
    const changes = await db.serviceChange.findMany({ where: { serviceId } });
    expect(changes.map((change) => [change.kind, change.source])).toEqual([["created", "admin"]]);
    const audit = await db.auditLog.findMany({ where: { objectType: "service", objectId: String(serviceId) } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "service.create", actorId: admin.id, after: { mode: "MANUAL", rate: "120.5000" } });
  });

  it("refuses each bad field with a 422 naming it, and writes nothing", async () => {
    const cases: [string, Record<string, unknown>][] = [
      ["min", { min: "6000", max: "5000" }],
      ["rate", { rate: "0" }],
      ["rate", { rate: "0.0000" }],
      ["rate", { rate: "-3" }],
      ["rate", { rate: "1.23456" }],
      ["rate", { rate: "abc" }],
      ["type", { type: "NOT_A_TYPE" }],
      ["type", { type: "SUBSCRIPTIONS" }],
      ["categoryId", { categoryId: "no-such-category" }],
      ["name", { name: "" }],
      ["min", { min: "0" }],
      ["dripfeed", { type: "PACKAGE", dripfeed: true }],
    ];
    const before = await db.service.count();
    const audits = await db.auditLog.count({ where: { action: "service.create" } });
    for (const [field, change] of cases) {
      const answer = await asAdmin(() => createManualServiceAction({ ...valid(), ...change } as never));
      expect(answer, field).toMatchObject({ success: false, error: { code: "validation_failed" } });
      expect((answer as { error: { message: string } }).error.message, JSON.stringify(change)).toMatch(new RegExp(`^${field}: `));
    }
    expect(await db.service.count()).toBe(before);
    expect(await db.auditLog.count({ where: { action: "service.create" } })).toBe(audits);
  });

  it("is refused to staff without catalog.manage", async () => {
    const support = await createUser({ role: "SUPPORT" });
    const answer = await (await as(support))(() => createManualServiceAction(valid()));
    expect(answer).toMatchObject({ success: false, error: { code: "forbidden" } });
  });

  it("is edited on the service page like any other, but cannot turn AUTO without a provider", async () => {
    const created = await asAdmin(() => createManualServiceAction({ ...valid(), name: `Editable ${tag}` }));
    const serviceId = (created as { data: { serviceId: number } }).data.serviceId;
    const edit = {
      serviceId,
      name: `Edited ${tag}`,
      categoryId,
      rate: "99",
      min: 1,
      max: 100,
      status: "ACTIVE" as const,
      refill: false,
      cancel: false,
      dripfeed: false,
    };
    expect(await asAdmin(() => updateServiceAction({ ...edit, mode: "MANUAL" }))).toMatchObject({ success: true });
    const refused = await asAdmin(() => updateServiceAction({ ...edit, mode: "AUTO" }));
    expect(refused).toMatchObject({ success: false, error: { code: "validation_failed", message: expect.stringMatching(/^mode: /) } });
    const service = await db.service.findUniqueOrThrow({ where: { id: serviceId } });
    expect({ mode: service.mode, name: service.name, rate: service.rate.toFixed(2) }).toEqual({
      mode: "MANUAL",
      name: `Edited ${tag}`,
      rate: "99.00",
    });
  });
});
