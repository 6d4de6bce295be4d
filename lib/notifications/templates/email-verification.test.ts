import { describe, expect, it } from "vitest";
import { emailVerificationMail } from "./email-verification";

const brand = { name: "Boost <Panel>", logoUrl: null, footer: "", supportEmail: "help@example.test" };
const link = "https://panel.example.test/verify-email?token=abc_DEF-123";

describe("emailVerificationMail", () => {
  it("is branded, carries the link and the expiry, and escapes the HTML", () => {
    const mail = emailVerificationMail({ name: "Rahim", link, locale: "en", hours: 24, brand });
    expect(mail.subject).toBe("Confirm your e-mail address · Boost <Panel>");
    expect(mail.text).toContain(link);
    expect(mail.text).toContain("24 hours");
    expect(mail.html).toContain(`href="${link}"`);
    expect(mail.html).toContain("Boost &lt;Panel&gt;");
  });

  it("speaks Bengali to a Bengali reader", () => {
    const mail = emailVerificationMail({ name: "রহিম", link, locale: "bn", hours: 24, brand });
    expect(mail.subject).toMatch(/^আপনার ইমেইল ঠিকানা নিশ্চিত করুন/);
    expect(mail.text).toContain("আমার ইমেইল নিশ্চিত করুন");
    expect(mail.text).toContain("২৪ ঘণ্টায়");
    expect(mail.text).toContain(link);
  });
});
