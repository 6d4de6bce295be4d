import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

export async function getUserForAdmin(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      fullName: true,
      phone: true,
      role: true,
      status: true,
      locale: true,
      currency: true,
      balance: true,
      creditLimit: true,
      dollarRate: true,
      priceGroupId: true,
      createdAt: true,
    },
  });
  if (!user) throw notFound("User");
  return {
    ...user,
    balance: user.balance.toFixed(4),
    creditLimit: user.creditLimit.toFixed(4),
    dollarRate: user.dollarRate?.toFixed(4) ?? null,
  };
}

export async function getBalance(userId: string): Promise<string> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { balance: true } });
  if (!user) throw notFound("User");
  return user.balance.toFixed(4);
}
