import { db } from "@/lib/db";
import { sendMail } from "./send-mail";

/** E-mails every active admin (Resend or the dev mailbox). */
export async function notifyAdmins(message: { subject: string; text: string }): Promise<number> {
  const admins = await db.user.findMany({ where: { role: "ADMIN", status: "ACTIVE" }, select: { email: true } });
  for (const admin of admins) {
    await sendMail({ to: admin.email, subject: message.subject, text: message.text, html: `<p>${escape(message.text)}</p>` });
  }
  return admins.length;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`).replace(/\n/g, "<br>");
}
