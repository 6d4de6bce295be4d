import type { StoredMessage } from "@/lib/i18n/stored-message";
import { noticeRow } from "@/lib/notifications/notify-user";
import { ANNOUNCEMENT_KIND } from "./recipients";

type Texts = { id: number; titleEn: string; titleBn: string; bodyEn: string; bodyBn: string };

/** Both languages in one stored message: the catalogues' `stored.notice.announcement` is `{en}` / `{bn}`. */
const bilingual = (en: string, bn: string): StoredMessage => ({ key: "stored.notice.announcement", values: { en, bn } });

/** Where a notice leads: the announcement on the customer's dashboard. */
export const announcementLink = (id: number) => `/user/dashboard#announcement-${id}`;

/**
 * The notice row every recipient gets (without its user): title and body in the reader's language, the
 * English stored beside them, and its e-mail queued (whoever gets the notice wanted it: the kind's one
 * switch turns off both). The notification-mail cron sends the e-mails.
 */
export function announcementNotice(announcement: Texts) {
  const row = noticeRow({
    userId: "",
    kind: ANNOUNCEMENT_KIND,
    title: bilingual(announcement.titleEn, announcement.titleBn),
    body: bilingual(announcement.bodyEn, announcement.bodyBn),
    link: announcementLink(announcement.id),
  });
  return { ...row, mailStatus: "pending" };
}
