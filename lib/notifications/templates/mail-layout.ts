import { escapeHtml } from "./escape-html";

/** What every e-mail shows of the panel: its name, logo (an absolute URL), footer text and support address. */
export type MailBrand = { name: string; logoUrl: string | null; footer: string; supportEmail: string };

const SUPPORT = { en: "Support", bn: "সহায়তা" } as const;

/**
 * One message's text and HTML inside the panel's frame: the logo (or the name) above, and below it the
 * name, the owner's footer text and the support address. The text part signs with the name too, so a
 * reader of plain text (and the dev mailbox) sees whose message it is.
 */
export function brandedMail(brand: MailBrand, locale: string, body: { text: string; html: string }): { text: string; html: string } {
  const support = brand.supportEmail ? `${locale === "bn" ? SUPPORT.bn : SUPPORT.en}: ${brand.supportEmail}` : "";
  const signature = [`— ${brand.name}`, brand.footer, support].filter(Boolean);
  const mark = brand.logoUrl
    ? `<img src="${escapeHtml(brand.logoUrl)}" alt="${escapeHtml(brand.name)}" height="40" style="height:40px;width:auto;border:0">`
    : `<strong style="font-size:18px">${escapeHtml(brand.name)}</strong>`;
  const html = [
    `<div style="font-family:system-ui,-apple-system,'Segoe UI','Noto Sans Bengali',Roboto,sans-serif;color:#0f172a;max-width:560px">`,
    `<p style="margin:0 0 16px">${mark}</p>`,
    body.html,
    `<p style="margin-top:24px;color:#64748b;font-size:12px">${signature.map((line) => escapeHtml(line)).join("<br>")}</p>`,
    `</div>`,
  ].join("");
  return { text: `${body.text.replace(/\n+$/, "")}\n\n${signature.join("\n")}\n`, html };
}
