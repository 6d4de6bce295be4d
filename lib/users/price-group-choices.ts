import { db } from "@/lib/db";

/** The price groups as filter choices for the users list (id and name, by name). */
export async function priceGroupChoices(): Promise<{ id: string; name: string }[]> {
  return db.priceGroup.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
