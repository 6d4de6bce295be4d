import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";
import { getSetting } from "@/lib/settings/settings";

export type DisplayPrefs = { currency: "BDT" | "USD"; bdtPerUsd: string };

/** How a user sees money: their currency, at their own dollar rate or the panel's. */
export async function displayPrefs(userId: string): Promise<DisplayPrefs> {
  const [user, panelRate] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { currency: true, dollarRate: true } }),
    getSetting("exchange.bdtPerUsd"),
  ]);
  if (!user) throw notFound("User");
  return { currency: user.currency, bdtPerUsd: user.dollarRate?.toString() ?? panelRate };
}

export async function setDisplayCurrency(userId: string, currency: "BDT" | "USD") {
  await db.user.update({ where: { id: userId }, data: { currency }, select: { id: true } });
}

/** A visitor (or a signed-in user): the panel's list prices in taka, or the user's own way of seeing money. */
export async function displayPrefsOf(userId: string | null): Promise<DisplayPrefs> {
  return userId ? displayPrefs(userId) : { currency: "BDT", bdtPerUsd: await getSetting("exchange.bdtPerUsd") };
}
