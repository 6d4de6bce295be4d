import { displayPrefs, type DisplayPrefs } from "./display-prefs";
import { getBalance } from "./get-user";

/** What the top bar shows: the wallet balance (BDT, 4 places) and how this user reads money. */
export type BalanceView = { balance: string; prefs: DisplayPrefs };

export async function balanceView(userId: string): Promise<BalanceView> {
  const [balance, prefs] = await Promise.all([getBalance(userId), displayPrefs(userId)]);
  return { balance, prefs };
}
