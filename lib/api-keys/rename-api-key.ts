import { db } from "@/lib/db";
import { notFound } from "@/lib/errors/app-error";

/** Renames one of the customer's own keys (revoked ones too: the name is only a label). */
export async function renameApiKey(userId: string, id: string, name: string): Promise<{ id: string; name: string }> {
  const { count } = await db.apiKey.updateMany({ where: { id, userId }, data: { name } });
  if (count !== 1) throw notFound("API key");
  return { id, name };
}
