import { randomUUID } from "node:crypto";
import { Resend } from "resend";
import { getBrand } from "@/lib/brand/brand";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { mailFrom } from "./mail-from";
import { mailTransport, type MailTransport } from "./mail-transport";

export type Mail = { to: string; subject: string; text: string; html: string };

/**
 * Resend when RESEND_API_KEY is set; MAIL_TRANSPORT=log writes a log line; otherwise the dev mailbox
 * (/admin/mailbox). Every message is from the panel's name (brand settings) at MAIL_FROM's address.
 * With an idempotency key a repeated send delivers once: Resend keeps a key for 24 hours, and the dev
 * mailbox stores a key once.
 */
export async function sendMail(
  mail: Mail,
  options: { idempotencyKey?: string; /** The sender's name when the caller already read the brand. */ panelName?: string } = {},
): Promise<{ transport: MailTransport; id: string }> {
  const { RESEND_API_KEY, MAIL_FROM } = env();
  const transport = mailTransport();
  const from = mailFrom(MAIL_FROM, options.panelName ?? (await getBrand()).name);
  if (transport === "log") {
    // Neither the body (it may hold a password-reset link) nor the recipient goes to the log.
    const id = randomUUID();
    logger.info({ mailId: id, subject: mail.subject }, "mail not sent (MAIL_TRANSPORT=log)");
    return { transport, id };
  }
  if (transport === "resend" && RESEND_API_KEY) {
    const resend = new Resend(RESEND_API_KEY);
    const { data, error } = await resend.emails.send(
      { from, ...mail },
      options.idempotencyKey ? { idempotencyKey: options.idempotencyKey } : undefined,
    );
    if (error || !data) throw new Error(`Resend refused the message: ${error?.name ?? "no data"}`);
    logger.info({ mailId: data.id, subject: mail.subject }, "mail sent through Resend");
    return { transport: "resend", id: data.id };
  }
  const stored = options.idempotencyKey
    ? await db.mailMessage.upsert({
        where: { idempotencyKey: options.idempotencyKey },
        create: { ...mail, from, idempotencyKey: options.idempotencyKey },
        update: {},
        select: { id: true },
      })
    : await db.mailMessage.create({ data: { ...mail, from }, select: { id: true } });
  logger.info({ mailId: stored.id, subject: mail.subject }, "mail stored in the dev mailbox");
  return { transport: "dev-mailbox", id: stored.id };
}
