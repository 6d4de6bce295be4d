import { db } from "@/lib/db";
import type { ApiContext } from "../context";
import { wireAmount } from "../wire";

export async function balance(context: ApiContext): Promise<{ balance: string; currency: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: context.caller.userId }, select: { balance: true } });
  return { balance: wireAmount(user.balance, context.wire), currency: context.wire.currency };
}
