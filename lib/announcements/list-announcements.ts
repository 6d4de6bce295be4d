import { db } from "@/lib/db";

/** An announcement as the dashboard and the landing page show it (serialisable for client components). */
export type AnnouncementItem = {
  id: number;
  titleEn: string;
  titleBn: string;
  bodyEn: string;
  bodyBn: string;
  important: boolean;
  publishedAt: string;
};

/** A row of the admin's list: the texts, and how far its notices have gone. */
export type AdminAnnouncement = AnnouncementItem & {
  archivedAt: string | null;
  noticeCount: number;
  noticesSentAt: string | null;
};

/** Important ones published this recently come before newer ordinary ones. */
export const IMPORTANT_FIRST_DAYS = 14;

const ITEM = { id: true, titleEn: true, titleBn: true, bodyEn: true, bodyBn: true, important: true, publishedAt: true } as const;

function toItem(row: { publishedAt: Date } & Omit<AnnouncementItem, "publishedAt">): AnnouncementItem {
  return { ...row, publishedAt: row.publishedAt.toISOString() };
}

/**
 * What customers see (the dashboard, the public landing page): published and not archived; important
 * announcements of the last IMPORTANT_FIRST_DAYS days first, newest first, then the rest newest first.
 */
export async function latestAnnouncements({ limit }: { limit: number }): Promise<AnnouncementItem[]> {
  const now = new Date();
  const shown = { archivedAt: null, publishedAt: { lte: now } };
  const newestFirst = [{ publishedAt: "desc" as const }, { id: "desc" as const }];
  const [pinned, newest] = await Promise.all([
    db.announcement.findMany({
      where: { ...shown, important: true, publishedAt: { lte: now, gte: new Date(now.getTime() - IMPORTANT_FIRST_DAYS * 86_400_000) } },
      orderBy: newestFirst,
      take: limit,
      select: ITEM,
    }),
    db.announcement.findMany({ where: shown, orderBy: newestFirst, take: limit, select: ITEM }),
  ]);
  const seen = new Set(pinned.map((row) => row.id));
  return [...pinned, ...newest.filter((row) => !seen.has(row.id))].slice(0, limit).map(toItem);
}

/** Every announcement, archived ones too, newest first (the admin's list). */
export async function listAnnouncementsForAdmin(options: { take?: number } = {}): Promise<AdminAnnouncement[]> {
  const rows = await db.announcement.findMany({
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: Math.min(options.take ?? 100, 500),
    select: { ...ITEM, archivedAt: true, noticeCount: true, noticesSentAt: true },
  });
  return rows.map((row) => ({
    ...toItem(row),
    archivedAt: row.archivedAt?.toISOString() ?? null,
    noticeCount: row.noticeCount,
    noticesSentAt: row.noticesSentAt?.toISOString() ?? null,
  }));
}
