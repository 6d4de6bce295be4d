import { recordAudit } from "@/lib/audit/record-audit";
import { db } from "@/lib/db";
import { invalidField } from "@/lib/errors/app-error";
import { parseWith } from "@/lib/http/validation";
import { contentPageInputSchema, type ContentPageInput } from "./schemas";
import { CONTENT_SLUGS, isContentSlug, type ContentSlug } from "./slugs";

type Actor = { id: string; ip?: string | null; requestId?: string | null };
const FIELDS = ["titleEn", "titleBn", "bodyEn", "bodyBn"] as const;

/**
 * Saves one page's texts in both languages (checked here too: titles 1–120, texts up to 50,000
 * characters, no NUL, English text required), audited with the fields it changed, before and after.
 * Saving what is already stored writes nothing.
 */
export async function saveContentPage(actor: Actor, slug: ContentSlug, input: unknown): Promise<{ slug: ContentSlug; updatedAt: Date }> {
  if (!isContentSlug(slug)) throw invalidField("slug", "validation.oneOf", { options: CONTENT_SLUGS.join(", ") });
  const texts: ContentPageInput = parseWith(contentPageInputSchema, input);
  return db.$transaction(async (tx) => {
    // Two editors saving at once: the second waits, so its "before" is what the first saved.
    await tx.$executeRaw`SELECT 1 FROM content_pages WHERE slug = ${slug} FOR UPDATE`;
    const before = await tx.contentPage.findUnique({ where: { slug } });
    const changed = FIELDS.filter((field) => before?.[field] !== texts[field]);
    if (before && changed.length === 0) return { slug, updatedAt: before.updatedAt };
    const saved = await tx.contentPage.upsert({
      where: { slug },
      create: { slug, ...texts, updatedById: actor.id },
      update: { ...texts, updatedById: actor.id },
      select: { updatedAt: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "content_page.update",
      objectType: "content_page",
      objectId: slug,
      before: before ? Object.fromEntries(changed.map((field) => [field, before[field]])) : undefined,
      after: Object.fromEntries(changed.map((field) => [field, texts[field]])),
      ip: actor.ip,
      requestId: actor.requestId,
    });
    return { slug, updatedAt: saved.updatedAt };
  });
}
