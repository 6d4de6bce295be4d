import { InngestTestEngine } from "@inngest/test";
import { describe, expect, it } from "vitest";
import { toInngestFunction } from "@/inngest/client";
import { announcementNoticeSweepJob, announcementNoticesJob } from "@/inngest/functions/announcement-notices";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/server-translator";
import { storedText } from "@/lib/i18n/stored-message";
import { deliverPendingMail } from "@/lib/notifications/deliver-mail";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { mailPreferences, saveMailPreferences } from "@/lib/notifications/preferences";
import { createUser } from "@/tests/factories";
import { announcementLink } from "./announcement-notice";
import { createAnnouncement } from "./create-announcement";
import { recipientsWhere } from "./recipients";
import {
  findStalledAnnouncements,
  sendAnnouncementNoticeBatch,
  STALLED_AFTER_MINUTES,
  type NoticeBatch,
} from "./send-announcement-notices";

// "In batches, once": every active customer who has not switched announcements off gets exactly one
// notice per announcement, however its batches are retried, duplicated, interrupted or raced.

const TEXTS = { titleEn: "Maintenance tonight", titleBn: "আজ রাতে রক্ষণাবেক্ষণ", bodyEn: "From 2 to 3 am.", bodyBn: "রাত ২টা থেকে ৩টা।" };

async function world() {
  const admin = await createUser({ role: "ADMIN" });
  const [ana, bob, cara, off, suspended, support] = await Promise.all([
    createUser(),
    createUser(),
    createUser(),
    createUser(),
    createUser({ status: "SUSPENDED" }),
    createUser({ role: "SUPPORT" }),
  ]);
  await saveMailPreferences(off, [{ kind: "announcement", email: false }]);
  return { admin, customers: [ana, bob, cara], off, suspended, support };
}

const publish = async (admin: { id: string }, important = false) =>
  (await createAnnouncement({ ...TEXTS, important }, { id: admin.id })).id;
const noticesOf = (id: number) =>
  db.notification.findMany({ where: { link: announcementLink(id) }, select: { userId: true, kind: true, mailStatus: true } });

/** Everyone it is meant for: the recipients as of its publication, each with one notice, and the count recorded. */
async function expectOneEach(id: number) {
  const announcement = await db.announcement.findUniqueOrThrow({ where: { id } });
  const meant = (await db.user.findMany({ where: recipientsWhere(announcement.publishedAt), select: { id: true } })).map((user) => user.id);
  const got = (await noticesOf(id)).map((notice) => notice.userId);
  expect(got.length, "one notice per recipient").toBe(new Set(got).size);
  expect([...got].sort()).toEqual([...meant].sort());
  expect(announcement).toMatchObject({ noticeCount: meant.length, noticesSentAt: expect.any(Date) });
  return meant;
}

/** A batch size that makes this database's recipients take several batches. */
async function severalBatches(id: number, batches = 4): Promise<number> {
  const { publishedAt } = await db.announcement.findUniqueOrThrow({ where: { id }, select: { publishedAt: true } });
  return Math.max(1, Math.ceil((await db.user.count({ where: recipientsWhere(publishedAt) })) / batches));
}

async function runToEnd(id: number, batchSize?: number): Promise<NoticeBatch[]> {
  const results: NoticeBatch[] = [];
  for (;;) {
    const result = await sendAnnouncementNoticeBatch(id, { batchSize });
    results.push(result);
    if (result.outcome !== "more") return results;
  }
}

describe("the fan-out", () => {
  it("gives every active customer exactly one notice, in their language, with its e-mail queued; nobody else gets one", async () => {
    const { admin, customers, off, suspended, support } = await world();
    const bengali = customers[1];
    await db.user.update({ where: { id: bengali.id }, data: { locale: "bn" } });
    const id = await publish(admin, true);
    const batchSize = await severalBatches(id);
    const results = await runToEnd(id, batchSize);
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(results.at(-1)?.outcome).toBe("done");

    const meant = await expectOneEach(id);
    for (const customer of customers) expect(meant).toContain(customer.id);
    for (const left of [off, suspended, support, admin]) expect(meant).not.toContain(left.id);
    const notices = await noticesOf(id);
    expect(new Set(notices.map((notice) => `${notice.kind} ${notice.mailStatus}`))).toEqual(new Set(["announcement pending"]));
    expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(meant.length);

    // Each reader sees it in their language, in the bell and in the e-mail.
    const { items } = await listNotifications(bengali.id);
    const notice = items.find((item) => item.link === announcementLink(id))!;
    expect(notice).toMatchObject({ kind: "announcement", title: TEXTS.titleEn, body: TEXTS.bodyEn, read: false });
    expect(storedText(notice.message?.title, notice.title, translatorFor("bn"), "bn")).toBe(TEXTS.titleBn);
    expect(storedText(notice.message?.body, notice.body, translatorFor("bn"), "bn")).toBe(TEXTS.bodyBn);
    expect(storedText(notice.message?.title, notice.title, translatorFor("en"), "en")).toBe(TEXTS.titleEn);
    const mailIds = (
      await db.notification.findMany({
        where: { link: announcementLink(id), userId: { in: [bengali.id, customers[0].id] } },
        select: { id: true },
      })
    ).map((row) => row.id);
    await deliverPendingMail({ ids: mailIds });
    expect(await db.mailMessage.findFirst({ where: { to: bengali.email, subject: TEXTS.titleBn } })).toMatchObject({
      text: expect.stringContaining(TEXTS.bodyBn),
    });
    expect(await db.mailMessage.count({ where: { to: customers[0].email, subject: TEXTS.titleEn } })).toBe(1);
  });

  it("adds nothing when run again, or when a batch is re-run after it committed", async () => {
    const { admin } = await world();
    const id = await publish(admin);
    const batchSize = await severalBatches(id);
    // The first batch commits; its step is then retried (its answer was lost): it starts from the committed cursor.
    expect(await sendAnnouncementNoticeBatch(id, { batchSize })).toEqual({ outcome: "more", sent: batchSize });
    const afterFirst = await db.announcement.findUniqueOrThrow({ where: { id } });
    const retried = await sendAnnouncementNoticeBatch(id, { batchSize });
    expect(retried.sent).toBeLessThanOrEqual(batchSize);
    expect((await db.announcement.findUniqueOrThrow({ where: { id } })).noticeCursor! > afterFirst.noticeCursor!).toBe(true);
    await runToEnd(id, batchSize);
    const meant = await expectOneEach(id);
    // A second run, a duplicated event: nothing more.
    expect(await runToEnd(id, batchSize)).toEqual([{ outcome: "done", sent: 0 }]);
    expect(await noticesOf(id)).toHaveLength(meant.length);
  });

  it("gives nobody two notices when runs overlap", async () => {
    const { admin } = await world();
    const id = await publish(admin);
    const batchSize = await severalBatches(id, 6);
    const runs = await Promise.all([runToEnd(id, batchSize), runToEnd(id, batchSize), runToEnd(id, batchSize), runToEnd(id)]);
    const outcomes = runs.map((run) => run.at(-1)!.outcome);
    expect(outcomes.every((outcome) => outcome === "done" || outcome === "raced")).toBe(true);
    await runToEnd(id); // whoever stopped on a race left the rest to the winner, which finished
    await expectOneEach(id);
  });

  it("rolls a whole batch back when another run moved the cursor while it was writing", async () => {
    const { admin } = await world();
    const id = await publish(admin);
    let racing: Promise<NoticeBatch> | undefined;
    // Another run holds the announcement's row: it commits a cursor while this batch waits to move it.
    await db.$transaction(
      async (tx) => {
        await tx.$queryRaw`SELECT id FROM announcements WHERE id = ${id} FOR UPDATE`;
        racing = sendAnnouncementNoticeBatch(id, { batchSize: 3 });
        await expect
          .poll(
            async () =>
              (await db.$queryRaw<{ waiting: number }[]>`SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted`)[0].waiting,
            {
              timeout: 10_000,
            },
          )
          .toBeGreaterThan(0);
        await tx.announcement.update({ where: { id }, data: { noticeCursor: "~another-run" } });
      },
      { timeout: 20_000 },
    );
    expect(await racing).toEqual({ outcome: "raced", sent: 0 });
    expect(await noticesOf(id)).toHaveLength(0);
    expect(await db.announcement.findUniqueOrThrow({ where: { id } })).toMatchObject({ noticeCursor: "~another-run", noticeCount: 0 });
    await db.announcement.update({ where: { id }, data: { archivedAt: new Date() } }); // not for the sweep
  });

  it("leaves no notice of a batch whose cursor update failed after its insert, and goes on once it works", async () => {
    const { admin } = await world();
    const id = await publish(admin);
    const batchSize = await severalBatches(id);
    // Injected failure: the cursor update of this announcement fails, after the batch's notices were inserted.
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_fail_notice_cursor() RETURNS trigger AS $$
      BEGIN
        IF NEW.id = ${id} AND NEW.notice_cursor IS DISTINCT FROM OLD.notice_cursor THEN RAISE EXCEPTION 'injected: cursor update failed'; END IF;
        RETURN NEW;
      END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      `CREATE TRIGGER test_fail_notice_cursor BEFORE UPDATE ON announcements FOR EACH ROW EXECUTE FUNCTION test_fail_notice_cursor()`,
    );
    try {
      await expect(sendAnnouncementNoticeBatch(id, { batchSize })).rejects.toThrow(/injected: cursor update failed/);
      await expect(sendAnnouncementNoticeBatch(id, { batchSize })).rejects.toThrow(/injected/);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_fail_notice_cursor ON announcements`);
      await db.$executeRawUnsafe(`DROP FUNCTION test_fail_notice_cursor()`);
    }
    expect(await noticesOf(id)).toHaveLength(0);
    expect(await db.announcement.findUniqueOrThrow({ where: { id } })).toMatchObject({ noticeCursor: null, noticeCount: 0 });
    await runToEnd(id, batchSize);
    await expectOneEach(id);
  });

  it("is carried on from its cursor by the sweep after the run died mid-way", async () => {
    const { admin } = await world();
    const id = await publish(admin);
    const batchSize = await severalBatches(id, 3);
    expect((await sendAnnouncementNoticeBatch(id, { batchSize })).outcome).toBe("more");
    const firstBatch = (await noticesOf(id)).map((notice) => notice.userId);
    // The run dies here. While it might still be alive, the sweep leaves it alone.
    expect(await findStalledAnnouncements()).not.toContain(id);
    await db.$executeRaw`UPDATE announcements SET updated_at = now() - make_interval(mins => ${STALLED_AFTER_MINUTES + 1}) WHERE id = ${id}`;
    expect(await findStalledAnnouncements()).toContain(id);

    const { result, error } = await new InngestTestEngine({ function: toInngestFunction(announcementNoticeSweepJob) }).execute();
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ runs: expect.arrayContaining([expect.objectContaining({ announcementId: id, outcome: "done" })]) });
    const meant = await expectOneEach(id);
    expect(meant.length - firstBatch.length).toBe(
      (result as { runs: { announcementId: number; sent: number }[] }).runs.find((run) => run.announcementId === id)!.sent,
    );
    expect(await findStalledAnnouncements()).not.toContain(id);
  });
});

describe("the announcement kind's switch", () => {
  it("is offered to customers only, and stops the notice itself (no bell, no e-mail)", async () => {
    const { admin, customers, off } = await world();
    expect((await mailPreferences(customers[0])).map((one) => one.kind)).toContain("announcement");
    expect((await mailPreferences(admin)).map((one) => one.kind)).not.toContain("announcement");
    await expect(saveMailPreferences(admin, [{ kind: "announcement", email: false }])).rejects.toMatchObject({ status: 422 });
    const id = await publish(admin);
    await runToEnd(id);
    expect(await db.notification.count({ where: { userId: off.id, kind: "announcement" } })).toBe(0);
    // Switched on again: the next one reaches them.
    await saveMailPreferences(off, [{ kind: "announcement", email: true }]);
    const next = await publish(admin);
    await runToEnd(next);
    expect(await db.notification.count({ where: { userId: off.id, link: announcementLink(next) } })).toBe(1);
  });
});

describe("the Inngest functions", () => {
  it("announcement-notices sends them on announcement/published, one named step per batch; a duplicated event adds none", async () => {
    const { admin, customers } = await world();
    const id = await publish(admin);
    const run = () =>
      new InngestTestEngine({
        function: toInngestFunction(announcementNoticesJob),
        events: [{ name: "announcement/published", data: { announcementId: id } }],
      }).execute();
    const first = await run();
    expect(first.error).toBeUndefined();
    const meant = await expectOneEach(id);
    expect(first.result).toEqual({ announcementId: id, sent: meant.length, batches: Math.floor(meant.length / 500) + 1, outcome: "done" });
    expect(first.ctx.step.run).toHaveBeenCalledWith("batch-0", expect.any(Function));
    for (const customer of customers) expect(meant).toContain(customer.id);

    // A duplicated event is a new run.
    const again = await run();
    expect(again.result).toEqual({ announcementId: id, sent: 0, batches: 1, outcome: "done" });
    expect(await noticesOf(id)).toHaveLength(meant.length);
  });
});
