import { createHash, timingSafeEqual } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import type { Money } from "@/lib/money/money";
import { toUsdString, usd } from "./amounts";

// The demo provider has one customer account (row id 1): the API key our panel uses, and its balance.
export const DEMO_ACCOUNT_ID = 1;
export const DEFAULT_DEMO_BALANCE = "1000.0000000";

export function hashDemoKey(apiKey: string): string {
  return createHash("sha256").update(apiKey, "utf8").digest("hex");
}

/**
 * Creates the demo account, or gives the existing one this key. The balance is set when the account
 * is created (default 1000 USD) and, for an existing account, only when `balance` is passed, so a
 * seed that runs on every start does not refill it.
 */
export async function ensureDemoAccount(apiKey: string, balance?: string | Money): Promise<void> {
  if (apiKey.trim() === "") throw new RangeError("The demo provider's API key must not be empty");
  const apiKeyHash = hashDemoKey(apiKey);
  const amount = balance === undefined ? undefined : toUsdString(usd(balance));
  if (amount !== undefined && amount.startsWith("-")) throw new RangeError("The demo balance must not be negative");
  await db.demoProviderAccount.upsert({
    where: { id: DEMO_ACCOUNT_ID },
    create: { id: DEMO_ACCOUNT_ID, apiKeyHash, balance: amount ?? DEFAULT_DEMO_BALANCE, currency: "USD" },
    update: amount === undefined ? { apiKeyHash } : { apiKeyHash, balance: amount },
  });
}

/** True only for the account's key (constant-time comparison of the hashes). */
export async function isDemoKeyValid(apiKey: string | undefined): Promise<boolean> {
  if (!apiKey) return false;
  const account = await db.demoProviderAccount.findUnique({ where: { id: DEMO_ACCOUNT_ID }, select: { apiKeyHash: true } });
  if (!account) return false;
  const given = Buffer.from(hashDemoKey(apiKey), "hex");
  const stored = Buffer.from(account.apiKeyHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}

export async function demoBalance(): Promise<{ balance: Money; currency: string }> {
  const account = await db.demoProviderAccount.findUniqueOrThrow({
    where: { id: DEMO_ACCOUNT_ID },
    select: { balance: true, currency: true },
  });
  return { balance: usd(account.balance), currency: account.currency };
}

/** Takes `amount` with one conditional UPDATE (balance >= amount); false when the funds are short. */
export async function debitDemoAccount(tx: Tx, amount: Money): Promise<boolean> {
  const value = toUsdString(amount);
  const { count } = await tx.demoProviderAccount.updateMany({
    where: { id: DEMO_ACCOUNT_ID, balance: { gte: value } },
    data: { balance: { decrement: value } },
  });
  return count === 1;
}

export async function creditDemoAccount(tx: Tx, amount: Money): Promise<void> {
  if (amount.isZero()) return;
  await tx.demoProviderAccount.update({ where: { id: DEMO_ACCOUNT_ID }, data: { balance: { increment: toUsdString(amount) } } });
}
