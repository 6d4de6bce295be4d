import { recordAudit } from "@/lib/audit/record-audit";
import { db, Prisma } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors/app-error";
import type { z } from "zod";
import type { categorySchema } from "./schemas";

export type ComplaintCategoryRow = { id: string; name: string; nameBn: string | null; active: boolean; sortOrder: number; cases: number };

/** Categories for the new-case form (active only) or the admin page (all, with case counts). */
export async function listComplaintCategories(options: { activeOnly: boolean }): Promise<ComplaintCategoryRow[]> {
  const rows = await db.complaintCategory.findMany({
    where: options.activeOnly ? { active: true } : {},
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, nameBn: true, active: true, sortOrder: true, _count: { select: { complaints: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    nameBn: row.nameBn,
    active: row.active,
    sortOrder: row.sortOrder,
    cases: row._count.complaints,
  }));
}

type CategoryInput = z.infer<typeof categorySchema>;

/** Creates or renames a category; a name already in use is a 409 naming `name`. Categories with cases are switched off, never deleted. */
export async function saveComplaintCategory(
  input: CategoryInput & { id?: string },
  actor: { id: string; ip?: string; requestId?: string },
): Promise<{ id: string }> {
  const data = { name: input.name, nameBn: input.nameBn ?? null, active: input.active, sortOrder: input.sortOrder };
  try {
    return await db.$transaction(async (tx) => {
      let id = input.id;
      if (id) {
        const updated = await tx.complaintCategory.updateMany({ where: { id }, data });
        if (updated.count === 0) throw notFound("Category");
      } else {
        id = (await tx.complaintCategory.create({ data, select: { id: true } })).id;
      }
      await recordAudit(tx, {
        actorId: actor.id,
        action: input.id ? "complaint_category.update" : "complaint_category.create",
        objectType: "complaint_category",
        objectId: id,
        after: data,
        ip: actor.ip,
        requestId: actor.requestId,
      });
      return { id };
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw conflict("duplicate_name", "name: a category with this name exists", { field: "name" });
    throw error;
  }
}
