import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { toInngestFunction } from "@/inngest/client";
import { providerBalanceCheckJob } from "@/inngest/functions/provider-balance-check";
import { db } from "@/lib/db";
import { setSetting } from "@/lib/settings/settings";
import { createUser } from "@/tests/factories";
import { startProvider, type TestProvider } from "./client/test-server";
import { checkDueProviderBalances } from "./refresh-due-balances";
import { refreshProviderBalance } from "./refresh-provider-balance";
import { createProvider } from "./save-provider";

// One upstream panel answering `balance` per API key from `balances`; a key set to "fail" refuses it.
const balances = new Map<string, string>();
let upstream: TestProvider;
let admin: Awaited<ReturnType<typeof createUser>>;
let seq = 0;

beforeAll(async () => {
  upstream = await startProvider((request) => {
    const balance = balances.get(request.form.get("key") ?? "");
    if (balance === undefined || balance === "fail") return { body: { error: "Invalid API key" } };
    return { body: { balance, currency: "USD" } };
  });
  admin = await createUser({ role: "ADMIN" });
});
afterAll(async () => upstream.close());
beforeEach(async () => setSetting("providers.balanceCheckMinutes", 15, { id: admin.id }));

const minutesAgo = (minutes: number, from = new Date()) => new Date(from.getTime() - minutes * 60_000);
const daysAgo = (days: number) => minutesAgo(days * 24 * 60);

async function provider(balance: string, extra: { lowBalanceThreshold?: string } = {}) {
  const key = `sk_balance_${++seq}_${Date.now()}_0123456789`;
  balances.set(key, balance);
  const name = `Balance ${seq} ${Date.now()}`;
  const created = await createProvider({ name, apiUrl: upstream.url, apiKey: key, ...extra }, { id: admin.id });
  return { id: created.id, name, key, set: (next: string) => balances.set(key, next) };
}

const balanceCalls = (key: string) =>
  upstream.requests.filter((request) => request.action === "balance" && request.form.get("key") === key).length;
const snapshots = (providerId: string) => db.providerBalanceSnapshot.findMany({ where: { providerId }, orderBy: { createdAt: "asc" } });
const alerts = (providerId: string) =>
  db.notification.count({ where: { userId: admin.id, kind: "provider.balance_low", link: `/admin/providers/${providerId}` } });

/** Other files' providers (files share the database) are marked fresh, so the cron sees only this test's. */
async function onlyTheseAreDue(ids: string[]) {
  await db.provider.updateMany({ where: { id: { notIn: ids } }, data: { balanceCheckedAt: new Date() } });
}

describe("the balance cron", () => {
  it("refreshes only active providers last checked longer ago than providers.balanceCheckMinutes, and records a reading for each", async () => {
    const fresh = await provider("10");
    const due = await provider("20");
    const never = await provider("30");
    const disabled = await provider("40");
    await db.provider.update({ where: { id: due.id }, data: { balanceCheckedAt: minutesAgo(16) } });
    await db.provider.update({ where: { id: fresh.id }, data: { balanceCheckedAt: minutesAgo(14) } });
    await db.provider.update({ where: { id: never.id }, data: { balanceCheckedAt: null } });
    await db.provider.update({ where: { id: disabled.id }, data: { balanceCheckedAt: minutesAgo(60), status: "DISABLED" } });
    await onlyTheseAreDue([fresh.id, due.id, never.id, disabled.id]);
    due.set("21.5");

    const report = await checkDueProviderBalances();

    expect(report.results.map((result) => result.providerId).sort()).toEqual([due.id, never.id].sort());
    expect(report.results.every((result) => result.ok)).toBe(true);
    expect((await db.provider.findUniqueOrThrow({ where: { id: due.id } })).balance?.toString()).toBe("21.5");
    expect((await snapshots(due.id)).map((row) => [row.balance.toString(), row.currency])).toEqual([["21.5", "USD"]]);
    expect(await snapshots(never.id)).toHaveLength(1);
    expect(await snapshots(fresh.id)).toHaveLength(0);
    expect(await snapshots(disabled.id)).toHaveLength(0);
    expect(balanceCalls(fresh.key)).toBe(1); // only createProvider's probe
  });

  it("follows the setting: with 60 minutes, a provider checked 30 minutes ago is not due", async () => {
    const one = await provider("10");
    await db.provider.update({ where: { id: one.id }, data: { balanceCheckedAt: minutesAgo(30) } });
    await onlyTheseAreDue([one.id]);
    await setSetting("providers.balanceCheckMinutes", 60, { id: admin.id });
    expect((await checkDueProviderBalances()).results).toEqual([]);
    await setSetting("providers.balanceCheckMinutes", 15, { id: admin.id });
    expect((await checkDueProviderBalances()).results).toEqual([expect.objectContaining({ providerId: one.id, ok: true })]);
  });

  it("records a failing provider and still refreshes the others", async () => {
    const failing = await provider("10");
    const healthy = await provider("10");
    await db.provider.update({ where: { id: failing.id }, data: { balanceCheckedAt: minutesAgo(60) } });
    await db.provider.update({ where: { id: healthy.id }, data: { balanceCheckedAt: minutesAgo(30) } });
    await onlyTheseAreDue([failing.id, healthy.id]);
    failing.set("fail");
    healthy.set("12");

    const report = await checkDueProviderBalances();

    expect(report.results).toEqual([
      { providerId: failing.id, ok: false, detail: expect.any(String) },
      { providerId: healthy.id, ok: true, detail: "12 USD" },
    ]);
    expect(await snapshots(failing.id)).toHaveLength(0);
    const stale = await db.provider.findUniqueOrThrow({ where: { id: failing.id } });
    expect(stale.balanceCheckedAt!.getTime()).toBeLessThan(minutesAgo(59).getTime()); // tried again next run
    expect(await snapshots(healthy.id)).toHaveLength(1);
  });

  it("runs as the provider-balance-check job (Inngest's engine), every 5 minutes", async () => {
    const one = await provider("10");
    await db.provider.update({ where: { id: one.id }, data: { balanceCheckedAt: minutesAgo(20) } });
    await onlyTheseAreDue([one.id]);
    expect(providerBalanceCheckJob.trigger).toEqual({ cron: "*/5 * * * *" });
    const engine = new InngestTestEngine({ function: toInngestFunction(providerBalanceCheckJob) });
    const { result } = await engine.execute();
    expect(result).toEqual({ due: 1, results: [{ providerId: one.id, ok: true, detail: "10 USD" }] });
    expect(await snapshots(one.id)).toHaveLength(1);
  });
});

describe("balance history", () => {
  it("keeps 14 days of readings: a refresh drops that provider's older ones, not another's", async () => {
    const one = await provider("10");
    const other = await provider("10");
    await db.providerBalanceSnapshot.createMany({
      data: [
        { providerId: one.id, balance: "1", currency: "USD", createdAt: daysAgo(15) },
        { providerId: one.id, balance: "2", currency: "USD", createdAt: daysAgo(13) },
        { providerId: other.id, balance: "3", currency: "USD", createdAt: daysAgo(15) },
      ],
    });
    await refreshProviderBalance(one.id);
    expect((await snapshots(one.id)).map((row) => row.balance.toString())).toEqual(["2", "10"]);
    expect(await snapshots(other.id)).toHaveLength(1);
  });
});

describe("the low-balance alert", () => {
  it("alerts once per crossing below the threshold: not again while below, again after coming back above", async () => {
    const one = await provider("150", { lowBalanceThreshold: "100" });
    const step = async (balance: string) => {
      one.set(balance);
      await refreshProviderBalance(one.id);
      return alerts(one.id);
    };
    expect(await step("150")).toBe(0);
    expect(await step("99.99")).toBe(1);
    expect(await step("50")).toBe(1);
    expect(await step("40")).toBe(1);
    expect(await step("100")).toBe(1); // at the threshold is fine: the flag resets
    expect((await db.provider.findUniqueOrThrow({ where: { id: one.id } })).balanceAlertLevel).toBeNull();
    expect(await step("30")).toBe(2);
    expect(await step("30")).toBe(2);
  });

  it("out of funds (≤ 0) is the worst case: one alert when it falls to zero, none while it stays, another after a top-up and a new fall", async () => {
    const one = await provider("150", { lowBalanceThreshold: "100" });
    const step = async (balance: string) => {
      one.set(balance);
      await refreshProviderBalance(one.id);
      return alerts(one.id);
    };
    expect(await step("50")).toBe(1); // low
    expect(await step("0")).toBe(2); // low → out
    expect(await step("-3")).toBe(2);
    expect(await step("20")).toBe(2); // out → low: no alert, but the level drops
    expect(await step("0")).toBe(3);
    expect(await step("500")).toBe(3);
    expect(await step("0")).toBe(4); // fine → out directly: one alert
    const titles = await db.notification.findMany({
      where: { userId: admin.id, link: `/admin/providers/${one.id}` },
      orderBy: { createdAt: "asc" },
      select: { title: true },
    });
    expect(titles.map((notice) => notice.title)).toEqual([
      expect.stringContaining("balance is low"),
      expect.stringContaining("out of funds"),
      expect.stringContaining("out of funds"),
      expect.stringContaining("out of funds"),
    ]);
  });

  it("without a threshold only zero alerts", async () => {
    const one = await provider("5");
    await refreshProviderBalance(one.id);
    expect(await alerts(one.id)).toBe(0);
    one.set("0");
    await refreshProviderBalance(one.id);
    expect(await alerts(one.id)).toBe(1);
  });

  it("concurrent refreshes of a crossing send one alert (and one e-mail), and each records its reading", async () => {
    const one = await provider("150", { lowBalanceThreshold: "100" });
    one.set("10");
    await Promise.all(Array.from({ length: 6 }, () => refreshProviderBalance(one.id)));
    expect(await alerts(one.id)).toBe(1);
    expect(await db.mailMessage.count({ where: { to: admin.email, subject: { contains: one.name } } })).toBe(1);
    expect(await snapshots(one.id)).toHaveLength(6);
  });
});
