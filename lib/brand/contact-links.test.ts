import { describe, expect, it } from "vitest";
import { contactLinks } from "./contact-links";

const none = { whatsapp: "", telegram: "", phone: "", supportEmail: "", facebook: "" };

describe("contact links", () => {
  it("turns a Bangladeshi number into a wa.me link and an @handle into a t.me link", () => {
    expect(contactLinks({ ...none, whatsapp: "01712-345678", telegram: "@panel_help" })).toEqual([
      { kind: "whatsapp", href: "https://wa.me/8801712345678", label: "01712-345678" },
      { kind: "telegram", href: "https://t.me/panel_help", label: "@panel_help" },
    ]);
  });

  it("keeps links as given and leaves out what cannot be a link", () => {
    const links = contactLinks({ ...none, whatsapp: "https://wa.me/8801712345678", telegram: "not a handle!", phone: "+880 1712-345678" });
    expect(links.map((link) => link.href)).toEqual(["https://wa.me/8801712345678", "tel:+8801712345678"]);
  });

  it("never builds a javascript: link", () => {
    expect(contactLinks({ ...none, whatsapp: "javascript:alert(1)", telegram: "javascript:alert(1)" })).toEqual([]);
  });
});
