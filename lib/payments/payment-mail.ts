import { money } from "@/lib/money/money";
import { escapeHtml } from "@/lib/notifications/templates/escape-html";
import { brandedMail, type MailBrand } from "@/lib/notifications/templates/mail-layout";

const METHOD = {
  en: {
    SSLCOMMERZ: "SSLCommerz (bKash, Nagad, Rocket, card)",
    SANDBOX: "Sandbox gateway",
    BKASH_MANUAL: "bKash (manual)",
    NAGAD_MANUAL: "Nagad (manual)",
  },
  bn: {
    SSLCOMMERZ: "SSLCommerz (বিকাশ, নগদ, রকেট, কার্ড)",
    SANDBOX: "স্যান্ডবক্স গেটওয়ে",
    BKASH_MANUAL: "বিকাশ (ম্যানুয়াল)",
    NAGAD_MANUAL: "নগদ (ম্যানুয়াল)",
  },
} as const;

const COPY = {
  en: {
    credited: {
      subject: (amount: string) => `Receipt: ${amount} added to your balance`,
      body: (name: string, amount: string, panel: string) => `Hello ${name},\n\n${amount} was added to your ${panel} balance.`,
    },
    rejected: {
      subject: (amount: string) => `Your payment of ${amount} was rejected`,
      body: (name: string, amount: string) =>
        `Hello ${name},\n\nYour payment of ${amount} was not approved, and nothing was added to your balance.`,
    },
    refunded: {
      subject: (amount: string) => `Your payment of ${amount} was refunded`,
      body: (name: string, amount: string) =>
        `Hello ${name},\n\nYour payment of ${amount} was refunded, and the amount was taken back from your balance.`,
    },
    labels: {
      payment: "Payment",
      method: "Method",
      bonus: "Deposit bonus",
      bonusBack: "Deposit bonus taken back",
      note: "Note",
      open: "See the payment",
    },
  },
  bn: {
    credited: {
      subject: (amount: string) => `রসিদ: আপনার ব্যালেন্সে ${amount} যোগ হয়েছে`,
      body: (name: string, amount: string, panel: string) => `প্রিয় ${name},\n\nআপনার ${panel} ব্যালেন্সে ${amount} যোগ হয়েছে।`,
    },
    rejected: {
      subject: (amount: string) => `আপনার ${amount} পেমেন্ট বাতিল হয়েছে`,
      body: (name: string, amount: string) => `প্রিয় ${name},\n\nআপনার ${amount} পেমেন্ট অনুমোদিত হয়নি; ব্যালেন্সে কিছু যোগ হয়নি।`,
    },
    refunded: {
      subject: (amount: string) => `আপনার ${amount} পেমেন্ট ফেরত দেওয়া হয়েছে`,
      body: (name: string, amount: string) =>
        `প্রিয় ${name},\n\nআপনার ${amount} পেমেন্ট ফেরত দেওয়া হয়েছে এবং ব্যালেন্স থেকে তা কেটে নেওয়া হয়েছে।`,
    },
    labels: {
      payment: "পেমেন্ট",
      method: "মাধ্যম",
      bonus: "ডিপোজিট বোনাস",
      bonusBack: "ফেরত নেওয়া ডিপোজিট বোনাস",
      note: "নোট",
      open: "পেমেন্ট দেখুন",
    },
  },
} as const;

export function paymentMail(input: {
  kind: "credited" | "rejected" | "refunded";
  name: string;
  locale: string;
  tranId: string;
  amount: string;
  method: keyof (typeof METHOD)["en"];
  /** The deposit bonus credited with the payment (or taken back with its refund), if any. */
  bonus: string | null;
  note: string | null;
  link: string;
  brand: MailBrand;
}) {
  const lang = input.locale === "bn" ? "bn" : "en";
  const copy = COPY[lang];
  const amount = `৳${money(input.amount).toFixed(2)}`;
  const lines = [
    copy[input.kind].body(input.name, amount, input.brand.name),
    "",
    `${copy.labels.payment}: ${input.tranId}`,
    `${copy.labels.method}: ${METHOD[lang][input.method]}`,
    ...(input.bonus && input.kind !== "rejected"
      ? [`${input.kind === "refunded" ? copy.labels.bonusBack : copy.labels.bonus}: ৳${money(input.bonus).toFixed(2)}`]
      : []),
    ...(input.note ? [`${copy.labels.note}: ${input.note}`] : []),
  ];
  const text = lines.join("\n");
  return {
    subject: copy[input.kind].subject(amount),
    ...brandedMail(input.brand, lang, {
      text: `${text}\n\n${copy.labels.open}: ${input.link}\n`,
      html: `<p>${escapeHtml(text).replace(/\n/g, "<br>")}</p><p><a href="${escapeHtml(input.link)}">${escapeHtml(copy.labels.open)}</a></p>`,
    }),
  };
}
