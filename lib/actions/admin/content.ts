"use server";

import { revalidatePath } from "next/cache";
import { contentPagePath } from "@/lib/content/slugs";
import { saveContentPage } from "@/lib/content/save-content-page";
import { saveContentPageSchema } from "@/lib/content/schemas";
import { permissionAction } from "@/lib/http/action";

/** Saves a storefront page's texts in both languages (audited), then refreshes the pages that show it. */
export const saveContentPageAction = permissionAction("content.manage")
  .schema(saveContentPageSchema)
  .action(async ({ slug, ...texts }, { user, ip, requestId }) => {
    const saved = await saveContentPage({ id: user.id, ip, requestId }, slug, texts);
    revalidatePath(contentPagePath(slug));
    revalidatePath("/admin/content");
    revalidatePath(`/admin/content/${slug}`);
    // The landing page shows the FAQ, and the footer and sitemap carry the pages' dates.
    if (slug === "faq") revalidatePath("/");
    return { slug, updatedAt: saved.updatedAt.toISOString() };
  });
