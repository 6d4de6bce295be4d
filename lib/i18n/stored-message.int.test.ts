import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/server-translator";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { createOrder } from "@/lib/orders/create-order";
import { moveOrder } from "@/lib/orders/move-order";
import { listLedger } from "@/lib/wallet/list-ledger";
import { postLedgerEntry } from "@/lib/wallet/post-ledger-entry";
import { money } from "@/lib/money/money";
import { createUser } from "@/tests/factories";
import { providerWithServices, withDemoProvider } from "@/tests/order-fixtures";
import { storedText } from "./stored-message";

// Ledger memos and notices are stored as keys beside their English, and read in each reader's language.

const context = withDemoProvider();
const LATIN_WORD = /[A-Za-z]{2,}/;

describe("stored texts in the reader's language", () => {
  it("an order, its cancel and refund: memos and the notice read in Bengali and in English", async () => {
    const { service } = await providerWithServices(context.admin.id, context.demo.url());
    const customer = await createUser({ balance: "500" });
    const placed = await createOrder(
      customer.id,
      { serviceId: service("1").id, link: "https://instagram.com/p/stored", quantity: 100 },
      { source: "web" },
    );
    await db.$transaction((tx) => moveOrder(tx, placed.orderId, { to: "CANCELED", kind: "admin_cancel" }));

    const { entries } = await listLedger(customer.id);
    const bn = translatorFor("bn");
    const en = translatorFor("en");
    const memos = entries.filter((entry) => entry.memoMessage).map((entry) => [storedText(entry.memoMessage, entry.memo!, bn), entry.memo]);
    expect(memos).toEqual([
      [`অর্ডার #${placed.orderId}-এর ফেরত (বাতিল)`, `Refund for order #${placed.orderId} (canceled)`],
      [`অর্ডার #${placed.orderId}`, `Order #${placed.orderId}`],
    ]);

    const { items } = await listNotifications(customer.id);
    const notice = items.find((item) => item.kind === "order.canceled")!;
    expect(notice.title).toBe(`Order #${placed.orderId} canceled`); // the English stays for old readers and search
    expect(storedText(notice.message?.title, notice.title, en)).toBe(notice.title);
    const bengali = [storedText(notice.message?.title, notice.title, bn), storedText(notice.message?.body, notice.body, bn)];
    expect(bengali[0]).toBe(`অর্ডার #${placed.orderId} বাতিল হয়েছে`);
    expect(bengali[1]).toMatch(/^৳[\d.]+ আপনার ব্যালেন্সে ফেরত দেওয়া হয়েছে।$/);
    for (const text of bengali) expect(text).not.toMatch(LATIN_WORD);
  });

  it("an admin's own words and rows written before keys are shown as stored", async () => {
    const customer = await createUser();
    await db.$transaction((tx) =>
      postLedgerEntry(tx, {
        userId: customer.id,
        kind: "ADJUSTMENT_CREDIT",
        amount: money("5"),
        referenceType: "adjustment",
        referenceId: `stored-${customer.id}`,
        memo: "Goodwill for the late order",
      }),
    );
    const [entry] = (await listLedger(customer.id)).entries;
    expect(entry.memoMessage).toBeNull();
    expect(storedText(entry.memoMessage, entry.memo!, translatorFor("bn"))).toBe("Goodwill for the late order");
    expect(storedText({ key: "stored.unknown.key" }, "as stored", translatorFor("bn"))).toBe("as stored");
  });
});
