import { escapeHtml } from "./escape-html";
import { brandedMail, type MailBrand } from "./mail-layout";

const COPY = {
  en: { open: "Open in the panel", footer: "You get this e-mail because of your notification settings" },
  bn: { open: "প্যানেলে খুলুন", footer: "আপনার নোটিফিকেশন সেটিংসের কারণে এই ই-মেইলটি পেয়েছেন" },
} as const;

/** A plain e-mail for one in-app notice: title, body, one link, and where to switch it off. */
export function noticeMail(input: { title: string; body: string; link: string | null; appUrl: string; locale: string; brand: MailBrand }) {
  const copy = input.locale === "bn" ? COPY.bn : COPY.en;
  const url = input.link ? new URL(input.link, input.appUrl).toString() : null;
  const settings = new URL("/user/notifications/settings", input.appUrl).toString();
  const text =
    [input.title, input.body, url ? `${copy.open}: ${url}` : "", `${copy.footer}: ${settings}`].filter(Boolean).join("\n\n") + "\n";
  const html = [
    `<p><strong>${escapeHtml(input.title)}</strong></p>`,
    input.body ? `<p>${escapeHtml(input.body).replace(/\n/g, "<br>")}</p>` : "",
    url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(copy.open)}</a></p>` : "",
    `<p style="color:#64748b;font-size:12px"><a href="${escapeHtml(settings)}">${escapeHtml(copy.footer)}</a></p>`,
  ].join("");
  return { subject: input.title, ...brandedMail(input.brand, input.locale, { text, html }) };
}
