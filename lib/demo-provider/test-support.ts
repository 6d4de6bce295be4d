// Helpers for the demo provider's integration tests (and other tests that drive it directly).
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { money, type Money } from "@/lib/money/money";
import { ensureDemoAccount } from "./account";
import { handleDemoRequest, type DemoReply } from "./handle-request";

export const DEMO_TEST_KEY = "demo-provider-test-key-0123456789";

/** A clock tests move by hand. */
export class TestClock {
  private at: number;
  constructor(start = Date.UTC(2026, 0, 15, 12, 0, 0)) {
    this.at = start;
  }
  now = (): Date => new Date(this.at);
  advance(ms: number): void {
    this.at += ms;
  }
}

/**
 * A clean demo provider: no orders or refills, and the account with the test key and `balance`.
 * (Orders left by another test would otherwise be settled by a `balance` call and move the balance.)
 */
export async function resetDemoProvider(balance = "1000"): Promise<void> {
  await db.demoProviderOrder.deleteMany();
  await ensureDemoAccount(DEMO_TEST_KEY, balance);
}

/** Sets the balance (and test key), keeping the orders. */
export async function setDemoBalance(balance: string): Promise<void> {
  await ensureDemoAccount(DEMO_TEST_KEY, balance);
}

export async function accountBalance(): Promise<Money> {
  const account = await db.demoProviderAccount.findUniqueOrThrow({ where: { id: 1 }, select: { balance: true } });
  return money(account.balance);
}

export function uniqueLink(path = "p"): string {
  return `https://www.instagram.com/${path}/${randomUUID()}`;
}

export interface CallOptions {
  query?: string;
  clock?: TestClock;
  signal?: AbortSignal;
  key?: string | null;
}

/** One request with the test key (unless `key` says otherwise); returns the JSON body or throws on HTML. */
export async function demoCall<T = unknown>(fields: Record<string, string>, options: CallOptions = {}): Promise<T> {
  const reply = await demoReply(fields, options);
  if (reply.html !== undefined) throw new Error(`HTML answer ${reply.status}`);
  return reply.json as T;
}

export function demoReply(fields: Record<string, string>, options: CallOptions = {}): Promise<DemoReply> {
  const key = options.key === undefined ? DEMO_TEST_KEY : options.key;
  const params = key === null ? fields : { key, ...fields };
  return handleDemoRequest(params, new URLSearchParams(options.query ?? ""), { now: options.clock?.now, signal: options.signal });
}
