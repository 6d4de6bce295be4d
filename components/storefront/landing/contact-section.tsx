import clsx from "clsx";
import { getTranslations } from "next-intl/server";
import type { ContactLink } from "@/lib/brand/contact-links";

const TONES: Record<ContactLink["kind"], string> = {
  whatsapp: "bg-emerald-700 text-white hover:bg-emerald-800",
  telegram: "bg-sky-700 text-white hover:bg-sky-800",
  phone: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  email: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  facebook: "bg-blue-700 text-white hover:bg-blue-800",
};

/** Contact buttons a visitor can tap on a phone: WhatsApp and Telegram open the app, the phone dials. */
export async function ContactSection({ links, hours }: { links: ContactLink[]; hours: string }) {
  if (links.length === 0) return null;
  const t = await getTranslations("storefront.contact");
  return (
    <section aria-labelledby="contact-title" className="mx-auto max-w-6xl px-4 py-12">
      <h2 id="contact-title" className="text-2xl font-bold text-slate-900">
        {t("title")}
      </h2>
      <p className="mt-2 text-slate-600">{t("lead")}</p>
      <ul className="mt-6 flex flex-col gap-3 sm:flex-row sm:flex-wrap">
        {links.map((link) => (
          <li key={link.kind}>
            <a
              href={link.href}
              target={link.href.startsWith("https:") ? "_blank" : undefined}
              rel="noopener"
              className={clsx("flex items-center justify-center rounded-md px-5 py-3 font-medium", TONES[link.kind])}
            >
              {t(link.kind)}
              <span className="sr-only" data-user-text>
                : {link.label}
              </span>
            </a>
          </li>
        ))}
      </ul>
      {hours ? (
        <p className="mt-4 text-sm text-slate-600">
          {t("hoursLabel")} <span data-user-text>{hours}</span>
        </p>
      ) : null}
    </section>
  );
}
