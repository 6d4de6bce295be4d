// Issue 17: an admin sets a customer's own dollar rate (audited); the customer's USD prices use it.
import { inRequestScope } from "@/tests/bad-input/request-scope"; // first: it sets up Next's request storage
import { describe, expect, it, vi } from "vitest";
import { setDollarRateAction } from "@/lib/actions/admin/users";
import { db } from "@/lib/db";
import { getSetting } from "@/lib/settings/settings";
import { createUser, sessionCookie } from "@/tests/factories";
import { displayPrefs } from "./display-prefs";

// Outside a Next request there is no cache to revalidate (as in lib/brand/brand.int.test.ts).
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const as = async (user: Parameters<typeof sessionCookie>[0]) => {
  const headers = new Headers({ origin: "http://localhost:3999", host: "localhost:3999", "x-forwarded-for": "203.0.113.92" });
  headers.set("cookie", await sessionCookie(user));
  return <T>(run: () => Promise<T>) => inRequestScope(headers, run);
};

const auditRows = (userId: string) =>
  db.auditLog.findMany({ where: { objectType: "user", objectId: userId, action: "user.dollar_rate" }, orderBy: { createdAt: "asc" } });

describe("a customer's dollar rate", () => {
  it("is set by an admin, audited once per change, used for the customer's USD prices, and cleared back to the panel's rate", async () => {
    const [admin, customer] = await Promise.all([createUser({ role: "ADMIN" }), createUser()]);
    const asAdmin = await as(admin);

    expect(await asAdmin(() => setDollarRateAction({ userId: customer.id, dollarRate: "118.5" }))).toEqual({
      success: true,
      data: { userId: customer.id, dollarRate: "118.5000" },
    });
    expect(Number((await displayPrefs(customer.id)).bdtPerUsd)).toBe(118.5);
    // The same rate again writes nothing.
    await asAdmin(() => setDollarRateAction({ userId: customer.id, dollarRate: "118.50" }));
    const rows = await auditRows(customer.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: admin.id, before: { dollarRate: null }, after: { dollarRate: "118.5000" } });

    await asAdmin(() => setDollarRateAction({ userId: customer.id, dollarRate: "" }));
    expect((await displayPrefs(customer.id)).bdtPerUsd).toBe(await getSetting("exchange.bdtPerUsd"));
    expect(await auditRows(customer.id)).toHaveLength(2);
  });

  it("refuses staff without users.manage and bad rates, naming the field and changing nothing", async () => {
    const [admin, support, customer] = await Promise.all([createUser({ role: "ADMIN" }), createUser({ role: "SUPPORT" }), createUser()]);
    const refused = await (await as(support))(() => setDollarRateAction({ userId: customer.id, dollarRate: "100" }));
    expect(refused).toMatchObject({ success: false, error: { code: "forbidden" } });

    const asAdmin = await as(admin);
    for (const dollarRate of ["0", "-5", "1.23456", "abc", "12\u00003", "123456789"]) {
      const bad = await asAdmin(() => setDollarRateAction({ userId: customer.id, dollarRate }));
      expect(bad, dollarRate).toMatchObject({ success: false, error: { code: "validation_failed" } });
      expect(JSON.stringify(bad), dollarRate).toContain("dollarRate");
    }
    const unknown = await asAdmin(() => setDollarRateAction({ userId: "no-such-user", dollarRate: "100" }));
    expect(unknown).toMatchObject({ success: false, error: { code: "not_found" } });
    expect((await db.user.findUniqueOrThrow({ where: { id: customer.id }, select: { dollarRate: true } })).dollarRate).toBeNull();
    expect(await auditRows(customer.id)).toHaveLength(0);
  });
});
