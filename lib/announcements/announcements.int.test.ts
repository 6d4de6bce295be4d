import { inRequestScope } from "@/tests/bad-input/request-scope"; // first: it sets up Next's request storage
import { afterEach, describe, expect, it, vi } from "vitest";
import { archiveAnnouncementAction, createAnnouncementAction } from "@/lib/actions/admin/announcements";
import { db } from "@/lib/db";
import { setEventSender } from "@/lib/jobs/dispatch";
import { createUser, sessionCookie } from "@/tests/factories";
import { archiveAnnouncement } from "./archive-announcement";
import { createAnnouncement } from "./create-announcement";
import { latestAnnouncements, listAnnouncementsForAdmin } from "./list-announcements";
import { sendAnnouncementNoticeBatch } from "./send-announcement-notices";
import { updateAnnouncement } from "./update-announcement";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const TEXTS = {
  titleEn: "Eid holiday",
  titleBn: "ঈদের ছুটি",
  bodyEn: "Support is closed.\nOrders run.",
  bodyBn: "সাপোর্ট বন্ধ।\nঅর্ডার চলবে।",
};

const asUser = async (user: Parameters<typeof sessionCookie>[0]) => {
  const headers = new Headers({ origin: "http://localhost:3999", host: "localhost:3999", "x-forwarded-for": "203.0.113.92" });
  headers.set("cookie", await sessionCookie(user));
  return <T>(run: () => Promise<T>) => inRequestScope(headers, run);
};

afterEach(() => setEventSender(async () => undefined));

describe("publishing an announcement", () => {
  it("writes it with its author, audits it, and asks for its notices once it has committed", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const sent: { name: string; data: Record<string, unknown>; id: string; committed: boolean }[] = [];
    setEventSender(async (events) => {
      for (const event of events) {
        const committed = (await db.announcement.count({ where: { id: Number(event.data.announcementId) } })) === 1;
        sent.push({ ...event, committed });
      }
    });
    const { id } = await createAnnouncement(
      { ...TEXTS, titleEn: "  Eid holiday  ", bodyEn: "Support is closed.\r\nOrders run.\r\n", important: true },
      {
        id: admin.id,
        ip: "203.0.113.5",
      },
    );
    expect(await db.announcement.findUniqueOrThrow({ where: { id } })).toMatchObject({
      ...TEXTS,
      important: true,
      createdById: admin.id,
      archivedAt: null,
      noticeCursor: null,
      noticesSentAt: null,
      noticeCount: 0,
    });
    expect(sent).toEqual([
      { name: "announcement/published", data: { announcementId: id }, id: `announcement-published-${id}`, committed: true },
    ]);
    expect(await db.auditLog.findFirst({ where: { objectType: "announcement", objectId: String(id) } })).toMatchObject({
      actorId: admin.id,
      action: "announcement.create",
      ip: "203.0.113.5",
      after: { ...TEXTS, important: true },
    });
  });

  it("refuses bad input with a 422 naming the field (a NUL, too long, empty), and writes nothing", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const before = await db.announcement.count();
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...TEXTS, titleBn: "ঈদ\u0000" }, /^titleBn:/],
      [{ ...TEXTS, bodyEn: "a\u0000b" }, /^bodyEn:/],
      [{ ...TEXTS, titleEn: "x".repeat(121) }, /^titleEn:/],
      [{ ...TEXTS, bodyBn: "ক".repeat(2001) }, /^bodyBn:/],
      [{ ...TEXTS, bodyEn: " \n\r\n " }, /^bodyEn:/],
      [{ ...TEXTS, titleEn: undefined }, /^titleEn:/],
      [{ ...TEXTS, important: "maybe" }, /^important:/],
    ];
    for (const [input, field] of cases)
      await expect(createAnnouncement(input as never, { id: admin.id })).rejects.toMatchObject({
        status: 422,
        message: expect.stringMatching(field),
      });
    // The longest texts the rules allow are taken as they are.
    const longest = await createAnnouncement({ ...TEXTS, titleEn: "x".repeat(120), bodyBn: "ক".repeat(2000) }, { id: admin.id });
    expect(await db.announcement.count()).toBe(before + 1);
    await archiveAnnouncement({ id: longest.id }, { id: admin.id });
    await expect(updateAnnouncement({ id: longest.id, ...TEXTS, titleEn: "\u0000" }, { id: admin.id })).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^titleEn:/),
    });
    await expect(updateAnnouncement({ id: 2_147_483_647, ...TEXTS }, { id: admin.id })).rejects.toMatchObject({ status: 404 });
    await expect(archiveAnnouncement({ id: "abc" }, { id: admin.id })).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/^id:/),
    });
  });

  it("is for content managers only: support staff are refused by the actions, whatever they send", async () => {
    const [support, admin] = await Promise.all([createUser({ role: "SUPPORT" }), createUser({ role: "ADMIN" })]);
    const before = await db.announcement.count();
    const asSupport = await asUser(support);
    const refused = await asSupport(() => createAnnouncementAction({ ...TEXTS, important: false }));
    expect(refused).toMatchObject({ success: false, error: { code: "forbidden" } });
    expect(await db.announcement.count()).toBe(before);
    const asAdmin = await asUser(admin);
    const created = await asAdmin(() => createAnnouncementAction({ ...TEXTS, important: false }));
    expect(created, JSON.stringify(created)).toMatchObject({ success: true });
    const id = created.success ? created.data.id : 0;
    expect(await asSupport(() => archiveAnnouncementAction({ id }))).toMatchObject({ success: false, error: { code: "forbidden" } });
    expect(await asAdmin(() => archiveAnnouncementAction({ id }))).toMatchObject({ success: true, data: { id, archived: true } });
  });
});

describe("editing and archiving", () => {
  it("an edit changes the texts (audited by field) and never sends notices again", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await createUser();
    const { id } = await createAnnouncement({ ...TEXTS, important: false }, { id: admin.id });
    while ((await sendAnnouncementNoticeBatch(id)).outcome === "more");
    const sent = await db.announcement.findUniqueOrThrow({ where: { id } });
    const notices = await db.notification.count({ where: { kind: "announcement", link: { endsWith: `#announcement-${id}` } } });
    expect(notices).toBe(sent.noticeCount);

    await updateAnnouncement({ id, ...TEXTS, titleEn: "Eid holiday (updated)", important: true }, { id: admin.id });
    expect(await sendAnnouncementNoticeBatch(id)).toEqual({ outcome: "done", sent: 0 });
    expect(await db.announcement.findUniqueOrThrow({ where: { id } })).toMatchObject({
      titleEn: "Eid holiday (updated)",
      important: true,
      noticeCount: sent.noticeCount,
      noticesSentAt: sent.noticesSentAt,
      publishedAt: sent.publishedAt,
    });
    expect(await db.notification.count({ where: { kind: "announcement", link: { endsWith: `#announcement-${id}` } } })).toBe(notices);
    expect(await db.auditLog.findFirst({ where: { objectId: String(id), action: "announcement.update" } })).toMatchObject({
      before: { titleEn: "Eid holiday", important: false },
      after: { titleEn: "Eid holiday (updated)", important: true },
    });
    // Saving the same texts again changes nothing and records nothing.
    await updateAnnouncement({ id, ...TEXTS, titleEn: "Eid holiday (updated)", important: true }, { id: admin.id });
    expect(await db.auditLog.count({ where: { objectId: String(id), action: "announcement.update" } })).toBe(1);
  });

  it("archiving hides it from customers (once, audited once) and stops a fan-out under way", async () => {
    const admin = await createUser({ role: "ADMIN" });
    await Promise.all([createUser(), createUser()]);
    const { id } = await createAnnouncement({ ...TEXTS, titleEn: "To be archived" }, { id: admin.id });
    expect((await latestAnnouncements({ limit: 50 })).map((item) => item.id)).toContain(id);
    expect(await sendAnnouncementNoticeBatch(id, { batchSize: 1 })).toEqual({ outcome: "more", sent: 1 });

    const [first, second] = await Promise.all([
      archiveAnnouncement({ id }, { id: admin.id }),
      archiveAnnouncement({ id }, { id: admin.id }),
    ]);
    expect([first.archived, second.archived].sort()).toEqual([false, true]);
    expect(await db.auditLog.count({ where: { objectId: String(id), action: "announcement.archive" } })).toBe(1);
    expect((await latestAnnouncements({ limit: 50 })).map((item) => item.id)).not.toContain(id);
    expect(await sendAnnouncementNoticeBatch(id)).toEqual({ outcome: "stopped", sent: 0 });
    expect(await db.notification.count({ where: { link: { endsWith: `#announcement-${id}` } } })).toBe(1);
    const listed = (await listAnnouncementsForAdmin()).find((row) => row.id === id);
    expect(listed).toMatchObject({ archivedAt: expect.any(String), noticeCount: 1, noticesSentAt: null });
  });
});

describe("what customers see", () => {
  it("published and not archived; important ones of the last two weeks first, then the newest", async () => {
    const admin = await createUser({ role: "ADMIN" });
    // Only this test's announcements are shown (the others of this file are archived).
    await db.announcement.updateMany({ where: { archivedAt: null }, data: { archivedAt: new Date() } });
    const publish = async (label: string, important: boolean, daysAgo: number) => {
      const { id } = await createAnnouncement({ ...TEXTS, titleEn: label, important }, { id: admin.id });
      await db.announcement.update({ where: { id }, data: { publishedAt: new Date(Date.now() - daysAgo * 86_400_000 - 60_000) } });
      return id;
    };
    const oldImportant = await publish("important, 20 days ago", true, 20);
    const older = await publish("ordinary, 2 days ago", false, 2);
    const recentImportant = await publish("important, 3 days ago", true, 3);
    const newest = await publish("ordinary, today", false, 0);
    const archived = await publish("archived, today", true, 0);
    await archiveAnnouncement({ id: archived }, { id: admin.id });
    await publish("tomorrow", false, -1);

    expect((await latestAnnouncements({ limit: 10 })).map((item) => item.id)).toEqual([recentImportant, newest, older, oldImportant]);
    expect((await latestAnnouncements({ limit: 2 })).map((item) => item.id)).toEqual([recentImportant, newest]);
    const items = await latestAnnouncements({ limit: 1 });
    expect(items[0]).toEqual({
      id: recentImportant,
      ...TEXTS,
      titleEn: "important, 3 days ago",
      important: true,
      publishedAt: expect.any(String),
    });
  });
});
