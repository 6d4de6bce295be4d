import { describe, expect, it } from "vitest";
import { paymentMail } from "./payment-mail";

const base = {
  name: "Rahim",
  tranId: "TRX123",
  amount: "1000.0000",
  method: "BKASH_MANUAL" as const,
  note: null,
  link: "https://panel.example/user/payments/TRX123",
  brand: { name: "Panel", logoUrl: null, footer: "", supportEmail: "help@panel.example" },
};

describe("the payment e-mail", () => {
  it("names the deposit bonus credited with the payment, in the reader's language", () => {
    expect(paymentMail({ ...base, kind: "credited", locale: "en", bonus: "30.0000" }).text).toContain("Deposit bonus: ৳30.00");
    expect(paymentMail({ ...base, kind: "credited", locale: "bn", bonus: "30.0000" }).text).toContain("ডিপোজিট বোনাস: ৳30.00");
  });

  it("says the bonus was taken back with a refund, and says nothing of a bonus there was not", () => {
    expect(paymentMail({ ...base, kind: "refunded", locale: "en", bonus: "30.0000" }).text).toContain("Deposit bonus taken back: ৳30.00");
    expect(paymentMail({ ...base, kind: "credited", locale: "en", bonus: null }).text).not.toContain("bonus");
    expect(paymentMail({ ...base, kind: "rejected", locale: "en", bonus: "30.0000" }).text).not.toContain("bonus");
  });
});
