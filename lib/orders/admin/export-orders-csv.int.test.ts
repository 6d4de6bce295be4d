import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportRoute } from "@/app/api/admin/orders/export/route";
import { db } from "@/lib/db";
import { createUser, sessionCookie } from "@/tests/factories";
import { ORDERS_CSV_COLUMNS } from "./export-orders-csv";

type User = Awaited<ReturnType<typeof createUser>>;
let admin: User;
let support: User;
let customer: User;
const tag = randomUUID().slice(0, 8);
const ids: number[] = [];

const exportAs = async (cookie: string | undefined, query: string) => {
  const res = await exportRoute(
    new Request(`http://localhost:3999/api/admin/orders/export?${query}`, { headers: cookie ? { cookie } : {} }),
    { params: Promise.resolve({}) },
  );
  return { status: res.status, type: res.headers.get("content-type"), text: await res.text() };
};

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      index += 1;
    } else cell += char;
  }
  return rows;
}

beforeAll(async () => {
  [admin, support, customer] = await Promise.all([createUser({ role: "ADMIN" }), createUser({ role: "SUPPORT" }), createUser()]);
  const category = await db.category.create({ data: { name: `Export ${tag}` } });
  const service = await db.service.create({
    data: { name: `=SUM(A1) ${tag}`, categoryId: category.id, rate: "10", min: 1, max: 1000, mode: "MANUAL" },
  });
  const provider = await db.provider.create({
    data: { name: `Export provider ${tag}`, apiUrl: "https://p.example.test/api/v2", apiKeyEncrypted: "x", apiKeyHint: "abcd" },
  });
  const rows = [
    { status: "COMPLETED", link: `https://example.test/${tag}/a,"b"`, charge: "12.3456", refunded: "0", providerCharge: "0.0000001" },
    { status: "PARTIAL", link: `=HYPERLINK("https://evil.test") ${tag}`, charge: "100.1", refunded: "33.3333", providerCharge: "1.5" },
    { status: "COMPLETED", link: `@${tag}`, charge: "0.0001", refunded: "0", providerCharge: null },
  ] as const;
  for (const row of rows) {
    const created = await db.order.create({
      data: {
        userId: customer.id,
        serviceId: service.id,
        providerId: provider.id,
        providerOrderId: `-${tag}`,
        link: row.link,
        quantity: 1000,
        mode: "AUTO",
        status: row.status,
        rate: "10",
        charge: row.charge,
        chargeUsd: "0.1",
        refunded: row.refunded,
        providerCharge: row.providerCharge,
        providerCurrency: row.providerCharge ? "USD" : null,
        remains: row.status === "PARTIAL" ? 333 : null,
        source: "web",
      },
      select: { id: true },
    });
    ids.push(created.id);
  }
});

describe("GET /api/admin/orders/export", () => {
  it("exports the filtered list, newest first, with exact decimals", async () => {
    const all = await exportAs(await sessionCookie(admin), `user=${encodeURIComponent(customer.email)}`);
    expect(all.status).toBe(200);
    expect(all.type).toMatch(/^text\/csv/);
    const [header, ...rows] = parseCsv(all.text);
    expect(header).toEqual([...ORDERS_CSV_COLUMNS]);
    expect(rows.map((row) => Number(row[0]))).toEqual([...ids].reverse());
    const partial = Object.fromEntries(ORDERS_CSV_COLUMNS.map((column, index) => [column, rows[1][index]]));
    expect(partial).toMatchObject({
      user_email: customer.email,
      status: "PARTIAL",
      quantity: "1000",
      charge_bdt: "100.1000",
      refunded_bdt: "33.3333",
      provider_charge: "1.5000000",
      provider_currency: "USD",
      remains: "333",
      provider: `Export provider ${tag}`,
    });
    expect(rows[2][ORDERS_CSV_COLUMNS.indexOf("provider_charge")]).toBe("0.0000001");
    expect(rows[0][ORDERS_CSV_COLUMNS.indexOf("charge_bdt")]).toBe("0.0001");

    const completed = parseCsv((await exportAs(await sessionCookie(support), `user=${customer.id}&status=COMPLETED`)).text);
    expect(completed.slice(1).map((row) => Number(row[0]))).toEqual([ids[2], ids[0]]);
    const none = parseCsv((await exportAs(await sessionCookie(admin), `user=${customer.id}&status=UNCERTAIN`)).text);
    expect(none).toEqual([[...ORDERS_CSV_COLUMNS]]);
  });

  it("neutralises formulas in every text cell and quotes what needs quoting", async () => {
    const { text } = await exportAs(await sessionCookie(admin), `user=${customer.id}`);
    expect(text).toContain(`"'=HYPERLINK(""https://evil.test"") ${tag}"`);
    expect(text).toContain(`,'@${tag},`);
    expect(text).toContain(`,'=SUM(A1) ${tag},`);
    expect(text).toContain(`,'-${tag},`);
    expect(text).toContain(`"https://example.test/${tag}/a,""b"""`);
    for (const row of parseCsv(text)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it("refuses a customer (403) and an anonymous caller (401)", async () => {
    expect((await exportAs(await sessionCookie(customer), "")).status).toBe(403);
    expect((await exportAs(undefined, "")).status).toBe(401);
  });

  it("refuses a malformed filter with 422 naming it", async () => {
    const res = await exportAs(await sessionCookie(admin), "status=NOPE");
    expect(res.status).toBe(422);
    expect(res.text).toContain("status");
  });
});
