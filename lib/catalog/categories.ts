import type { z } from "zod";
import { db, Prisma } from "@/lib/db";
import { conflict, notFound } from "@/lib/errors/app-error";
import type { categorySchema, categoryUpdateSchema } from "./schemas";

const nameTaken = () => conflict("name_taken", "name: a category with this name already exists", { fields: { name: ["already exists"] } });

export async function listCategories() {
  return db.category.findMany({
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, description: true, status: true, sortOrder: true, _count: { select: { services: true } } },
  });
}

export async function createCategory(input: z.infer<typeof categorySchema>) {
  const last = await db.category.aggregate({ _max: { sortOrder: true } });
  try {
    return await db.category.create({ data: { ...input, sortOrder: (last._max.sortOrder ?? 0) + 10 }, select: { id: true, name: true } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw nameTaken();
    throw error;
  }
}

export async function updateCategory(input: z.infer<typeof categoryUpdateSchema>) {
  const { categoryId, ...data } = input;
  try {
    const updated = await db.category.updateMany({ where: { id: categoryId }, data });
    if (updated.count === 0) throw notFound("Category");
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw nameTaken();
    throw error;
  }
}

/** Swaps a category with its neighbour (the arrows in the admin). */
export async function moveCategory(categoryId: string, direction: "up" | "down") {
  await db.$transaction(async (tx) => {
    const ordered = await tx.category.findMany({ orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true } });
    const index = ordered.findIndex((category) => category.id === categoryId);
    if (index === -1) throw notFound("Category");
    const target = direction === "up" ? index - 1 : index + 1;
    if (target < 0 || target >= ordered.length) return;
    [ordered[index], ordered[target]] = [ordered[target], ordered[index]];
    // Rewrite the order in steps of 10 so later moves stay one swap each.
    await Promise.all(
      ordered.map((category, position) => tx.category.update({ where: { id: category.id }, data: { sortOrder: (position + 1) * 10 } })),
    );
  });
}
