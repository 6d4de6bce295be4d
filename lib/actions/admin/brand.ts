"use server";

import { revalidatePath } from "next/cache";
import { brandProfileSchema } from "@/lib/brand/schemas";
import { permissionAction } from "@/lib/http/action";
import { setSetting } from "@/lib/settings/settings";

/** The panel's name, colour, contacts and SEO texts (/admin/settings/brand): one setting, one audit row. */
export const saveBrandProfileAction = permissionAction("settings.manage")
  .schema(brandProfileSchema)
  .action(async (input, { user, ip }) => {
    await setSetting("brand.profile", input, { id: user.id, ip });
    // The name, colour and texts are on every page.
    revalidatePath("/", "layout");
    return { saved: true };
  });
