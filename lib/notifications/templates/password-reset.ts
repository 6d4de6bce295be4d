import { escapeHtml } from "./escape-html";
import { brandedMail, type MailBrand } from "./mail-layout";

const COPY = {
  en: {
    subject: "Reset your password",
    body: (name: string, panel: string, minutes: number) =>
      `Hello ${name},\n\nSomeone asked to reset the password of your ${panel} account. The link below works once and expires in ${minutes} minutes. If it was not you, ignore this message.`,
    action: "Choose a new password",
  },
  bn: {
    subject: "আপনার পাসওয়ার্ড রিসেট করুন",
    body: (name: string, panel: string, minutes: number) =>
      `প্রিয় ${name},\n\nআপনার ${panel} অ্যাকাউন্টের পাসওয়ার্ড রিসেটের অনুরোধ এসেছে। নিচের লিংকটি একবারই কাজ করবে এবং ${minutes} মিনিটে মেয়াদ শেষ হবে। অনুরোধটি আপনার না হলে এই বার্তাটি উপেক্ষা করুন।`,
    action: "নতুন পাসওয়ার্ড দিন",
  },
} as const;

export function passwordResetMail(input: { name: string; link: string; locale: string; minutes: number; brand: MailBrand }) {
  const copy = input.locale === "bn" ? COPY.bn : COPY.en;
  const body = copy.body(input.name, input.brand.name, input.minutes);
  return {
    subject: `${copy.subject} · ${input.brand.name}`,
    ...brandedMail(input.brand, input.locale, {
      text: `${body}\n\n${copy.action}: ${input.link}\n`,
      html: `<p>${escapeHtml(body).replace(/\n/g, "<br>")}</p><p><a href="${escapeHtml(input.link)}">${escapeHtml(copy.action)}</a></p>`,
    }),
  };
}
