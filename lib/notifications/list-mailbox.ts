import { db } from "@/lib/db";

export async function listMailbox(options: { to?: string; take?: number } = {}) {
  return db.mailMessage.findMany({
    where: options.to ? { to: { contains: options.to, mode: "insensitive" } } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.take ?? 50, 200),
  });
}
