import { Resend } from "resend";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";

export type Mail = { to: string; subject: string; text: string; html: string };

/**
 * Resend when RESEND_API_KEY is set; otherwise the message goes to the dev mailbox (/admin/mailbox).
 * With an idempotency key a repeated send delivers once: Resend keeps a key for 24 hours, and the dev
 * mailbox stores a key once.
 */
export async function sendMail(mail: Mail, options: { idempotencyKey?: string } = {}): Promise<{ transport: "resend" | "dev-mailbox"; id: string }> {
  const { RESEND_API_KEY, MAIL_FROM } = env();
  if (RESEND_API_KEY) {
    const resend = new Resend(RESEND_API_KEY);
    const { data, error } = await resend.emails.send({ from: MAIL_FROM, ...mail }, options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : undefined);
    if (error || !data) throw new Error(`Resend refused the message: ${error?.name ?? "no data"}`);
    logger.info({ mailId: data.id, subject: mail.subject }, "mail sent through Resend");
    return { transport: "resend", id: data.id };
  }
  const stored = options.idempotencyKey
    ? await db.mailMessage.upsert({ where: { idempotencyKey: options.idempotencyKey }, create: { ...mail, idempotencyKey: options.idempotencyKey }, update: {}, select: { id: true } })
    : await db.mailMessage.create({ data: mail, select: { id: true } });
  logger.info({ mailId: stored.id, subject: mail.subject }, "mail stored in the dev mailbox");
  return { transport: "dev-mailbox", id: stored.id };
}
