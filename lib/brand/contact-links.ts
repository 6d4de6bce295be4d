import type { BrandProfile } from "./schemas";

export type ContactKind = "whatsapp" | "telegram" | "phone" | "email" | "facebook";
export type ContactLink = { kind: ContactKind; href: string; label: string };

/** wa.me wants the number in international form without "+" or spaces; a local 01… number is Bangladeshi. */
function whatsappHref(text: string): string | null {
  if (/^https:\/\/(wa\.me|api\.whatsapp\.com|chat\.whatsapp\.com)\//.test(text)) return text;
  const digits = text.replace(/[\s()+-]/g, "");
  if (!/^\d{8,15}$/.test(digits)) return null;
  return `https://wa.me/${digits.startsWith("01") ? `88${digits}` : digits}`;
}

function telegramHref(text: string): string | null {
  if (/^https:\/\/(t\.me|telegram\.me)\/[\w+/-]+$/.test(text)) return text;
  const handle = text.replace(/^@/, "");
  return /^[A-Za-z][\w]{3,31}$/.test(handle) ? `https://t.me/${handle}` : null;
}

/** The ways a visitor can reach the panel's owner, in the order the storefront shows them; unset ones are left out. */
export function contactLinks(brand: Pick<BrandProfile, "whatsapp" | "telegram" | "phone" | "supportEmail" | "facebook">): ContactLink[] {
  const links: (ContactLink | null)[] = [
    brand.whatsapp ? withHref("whatsapp", whatsappHref(brand.whatsapp), brand.whatsapp) : null,
    brand.telegram ? withHref("telegram", telegramHref(brand.telegram), brand.telegram) : null,
    brand.phone ? { kind: "phone", href: `tel:${brand.phone.replace(/[\s-]/g, "")}`, label: brand.phone } : null,
    brand.supportEmail ? { kind: "email", href: `mailto:${brand.supportEmail}`, label: brand.supportEmail } : null,
    brand.facebook ? { kind: "facebook", href: brand.facebook, label: "Facebook" } : null,
  ];
  return links.filter((link): link is ContactLink => link !== null);
}

function withHref(kind: ContactKind, href: string | null, label: string): ContactLink | null {
  return href ? { kind, href, label } : null;
}
