"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { saveComplaintCategory } from "@/lib/complaints/categories";
import { categorySchema } from "@/lib/complaints/schemas";
import { permissionAction } from "@/lib/http/action";

export const saveComplaintCategoryAction = permissionAction("complaints.configure")
  .schema(categorySchema.extend({ id: z.string().max(64).optional() }))
  .action(async (input, { user, ip, requestId }) => {
    const saved = await saveComplaintCategory(input, { id: user.id, ip, requestId });
    revalidatePath("/admin/complaints/categories");
    return saved;
  });
