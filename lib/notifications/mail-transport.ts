import { env } from "@/lib/env";

export type MailTransport = "resend" | "log" | "dev-mailbox";

/** Resend when keyed; else MAIL_TRANSPORT=log; else the dev mailbox, which only local mode may use (lib/env refuses the rest). */
export function mailTransport(): MailTransport {
  const { RESEND_API_KEY, MAIL_TRANSPORT } = env();
  if (RESEND_API_KEY) return "resend";
  return MAIL_TRANSPORT === "log" ? "log" : "dev-mailbox";
}
