"use server";

import { revalidatePath } from "next/cache";
import { createCategory, moveCategory, updateCategory } from "@/lib/catalog/categories";
import { categoryMoveSchema, categorySchema, categoryUpdateSchema } from "@/lib/catalog/schemas";
import { permissionAction } from "@/lib/http/action";

const PATH = "/admin/catalog/categories";

export const createCategoryAction = permissionAction("catalog.manage")
  .schema(categorySchema)
  .action(async (input) => {
    const category = await createCategory(input);
    revalidatePath(PATH);
    return { categoryId: category.id };
  });

export const updateCategoryAction = permissionAction("catalog.manage")
  .schema(categoryUpdateSchema)
  .action(async (input) => {
    await updateCategory(input);
    revalidatePath(PATH);
    return { categoryId: input.categoryId };
  });

export const moveCategoryAction = permissionAction("catalog.manage")
  .schema(categoryMoveSchema)
  .action(async ({ categoryId, direction }) => {
    await moveCategory(categoryId, direction);
    revalidatePath(PATH);
    return { categoryId };
  });
