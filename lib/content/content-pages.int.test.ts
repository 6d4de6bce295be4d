import { inRequestScope } from "@/tests/bad-input/request-scope"; // first: it sets up Next's request storage
import { beforeEach, describe, expect, it } from "vitest";
import { saveContentPageAction } from "@/lib/actions/admin/content";
import { db } from "@/lib/db";
import { createUser, sessionCookie } from "@/tests/factories";
import { DEFAULT_CONTENT } from "./defaults";
import { getContentPage, getContentRecord, listContentPages, publicContentPages } from "./pages";
import { saveContentPage } from "./save-content-page";

const texts = { titleEn: "Privacy", titleBn: "গোপনীয়তা", bodyEn: "We keep **little**.", bodyBn: "আমরা **সামান্য** রাখি।" };

const asUser = async (user: Parameters<typeof sessionCookie>[0]) => {
  const headers = new Headers({ origin: "http://localhost:3999", host: "localhost:3999", "x-forwarded-for": "203.0.113.92" });
  headers.set("cookie", await sessionCookie(user));
  return <T>(run: () => Promise<T>) => inRequestScope(headers, run);
};

beforeEach(async () => {
  await db.contentPage.deleteMany({ where: { slug: { in: ["privacy", "refund"] } } });
});

describe("content pages", () => {
  it("show the built-in text until one is saved, in either language", async () => {
    const english = await getContentPage("refund", "en");
    expect(english).toMatchObject({ slug: "refund", path: "/refund-policy", title: "Refund policy", contentLocale: "en", updatedAt: null });
    expect(english.body).toBe(DEFAULT_CONTENT.refund.bodyEn);
    const bengali = await getContentPage("refund", "bn");
    expect(bengali).toMatchObject({ title: "রিফান্ড নীতি", body: DEFAULT_CONTENT.refund.bodyBn, contentLocale: "bn" });
    expect((await publicContentPages()).find((page) => page.slug === "refund")).toEqual({
      slug: "refund",
      path: "/refund-policy",
      updatedAt: null,
    });
  });

  it("saves both languages with the editor, audited field by field with before and after", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const first = await saveContentPage({ id: admin.id, ip: "203.0.113.5" }, "privacy", { ...texts, titleEn: "  Privacy  " });
    const record = await getContentRecord("privacy");
    expect(record).toMatchObject({ ...texts, updatedAt: first.updatedAt, updatedBy: { id: admin.id, email: admin.email } });
    expect(await getContentPage("privacy", "bn")).toMatchObject({ title: "গোপনীয়তা", body: texts.bodyBn, contentLocale: "bn" });
    expect((await listContentPages()).map((page) => page.slug)).toEqual(["terms", "privacy", "refund", "faq"]);
    expect((await publicContentPages()).find((page) => page.slug === "privacy")?.updatedAt).toEqual(first.updatedAt);

    await saveContentPage({ id: admin.id }, "privacy", { ...texts, bodyEn: "We keep less." });
    const entries = await db.auditLog.findMany({
      where: { objectType: "content_page", objectId: "privacy", actorId: admin.id },
      orderBy: { createdAt: "asc" },
    });
    expect(entries.map((entry) => entry.action)).toEqual(["content_page.update", "content_page.update"]);
    expect(entries[0]).toMatchObject({ before: null, after: texts, ip: "203.0.113.5" });
    // The second save changed one field: the entry holds that field only.
    expect(entries[1]).toMatchObject({ before: { bodyEn: texts.bodyEn }, after: { bodyEn: "We keep less." } });

    // Saving what is stored writes nothing.
    await saveContentPage({ id: admin.id }, "privacy", { ...texts, bodyEn: "We keep less." });
    expect(await db.auditLog.count({ where: { objectType: "content_page", objectId: "privacy", actorId: admin.id } })).toBe(2);
  });

  it("shows a Bengali reader the English page only while the Bengali text is empty", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await saveContentPage({ id: admin.id }, "privacy", { ...texts, bodyBn: "" });
    expect(await getContentPage("privacy", "bn")).toMatchObject({ title: "Privacy", body: texts.bodyEn, contentLocale: "en" });
    await saveContentPage({ id: admin.id }, "privacy", { ...texts, bodyBn: "  \n" });
    expect(await getContentPage("privacy", "bn")).toMatchObject({ contentLocale: "en" });
  });

  it("refuses bad input naming the field, writing nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const refusal = async (slug: string, input: unknown) => {
      const error = await saveContentPage({ id: admin.id }, slug as "privacy", input).catch((caught: unknown) => caught);
      return error as { status: number; message: string };
    };
    expect(await refusal("privacy", { ...texts, bodyBn: "a\u0000b" })).toMatchObject({
      status: 422,
      message: "bodyBn: must not contain NUL characters",
    });
    expect(await refusal("privacy", { ...texts, titleEn: "x".repeat(121) })).toMatchObject({
      status: 422,
      message: "titleEn: must be at most 120 characters",
    });
    expect(await refusal("privacy", { ...texts, bodyEn: "x".repeat(50_001) })).toMatchObject({
      status: 422,
      message: "bodyEn: must be at most 50000 characters",
    });
    expect(await refusal("imprint", texts)).toMatchObject({ status: 422, message: expect.stringMatching(/^slug: /) });
    expect(await db.contentPage.count({ where: { slug: "privacy" } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: admin.id } })).toBe(0);
  });

  it("are saved through the action by admins only", async () => {
    const [admin, support] = await Promise.all([createUser({ role: "ADMIN" }), createUser({ role: "SUPPORT" })]);
    const refused = await (await asUser(support))(() => saveContentPageAction({ slug: "privacy", ...texts }));
    expect(refused).toMatchObject({ success: false, error: { code: "forbidden" } });
    const bad = await (await asUser(admin))(() => saveContentPageAction({ slug: "privacy", ...texts, titleBn: "" }));
    expect(bad).toMatchObject({ success: false, error: { code: "validation_failed", message: "titleBn: is required" } });
    expect(await db.contentPage.count({ where: { slug: "privacy" } })).toBe(0);
  });
});
