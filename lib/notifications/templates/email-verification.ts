import { localDigits } from "@/lib/i18n/local-digits";
import { escapeHtml } from "./escape-html";
import { brandedMail, type MailBrand } from "./mail-layout";

const COPY = {
  en: {
    subject: "Confirm your e-mail address",
    body: (name: string, panel: string, hours: number) =>
      `Hello ${name},\n\nPlease confirm that this is the e-mail address of your ${panel} account. The link below works once and expires in ${hours} hours; only the newest link we sent works. If you did not create this account, ignore this message.`,
    action: "Confirm my e-mail address",
  },
  bn: {
    subject: "আপনার ইমেইল ঠিকানা নিশ্চিত করুন",
    body: (name: string, panel: string, hours: number) =>
      `প্রিয় ${name},\n\nঅনুগ্রহ করে নিশ্চিত করুন যে এটি আপনার ${panel} অ্যাকাউন্টের ইমেইল ঠিকানা। নিচের লিংকটি একবারই কাজ করবে এবং ${localDigits(String(hours), "bn")} ঘণ্টায় মেয়াদ শেষ হবে; শুধু সর্বশেষ পাঠানো লিংকটি কাজ করে। অ্যাকাউন্টটি আপনি না খুলে থাকলে এই বার্তাটি উপেক্ষা করুন।`,
    action: "আমার ইমেইল নিশ্চিত করুন",
  },
} as const;

export function emailVerificationMail(input: { name: string; link: string; locale: string; hours: number; brand: MailBrand }) {
  const copy = input.locale === "bn" ? COPY.bn : COPY.en;
  const body = copy.body(input.name, input.brand.name, input.hours);
  return {
    subject: `${copy.subject} · ${input.brand.name}`,
    ...brandedMail(input.brand, input.locale, {
      text: `${body}\n\n${copy.action}: ${input.link}\n`,
      html: `<p>${escapeHtml(body).replace(/\n/g, "<br>")}</p><p><a href="${escapeHtml(input.link)}">${escapeHtml(copy.action)}</a></p>`,
    }),
  };
}
