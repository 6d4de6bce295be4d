import { describe, expect, it } from "vitest";
import { mailFrom } from "./mail-from";

describe("mailFrom", () => {
  it("keeps MAIL_FROM's address and puts the panel's name in front", () => {
    expect(mailFrom("SMM Panel <no-reply@localhost>", "Boost BD")).toBe('"Boost BD" <no-reply@localhost>');
    expect(mailFrom("no-reply@panel.example", "Boost BD")).toBe('"Boost BD" <no-reply@panel.example>');
    expect(mailFrom(' "Old, Inc." <mail@panel.example> ', "বুস্ট প্যানেল")).toBe('"বুস্ট প্যানেল" <mail@panel.example>');
  });

  it("cannot be used to add headers or break the quoting", () => {
    expect(mailFrom("a@b.example", 'Evil"\r\nBcc: x@y.example <z>')).toBe('"EvilBcc: x@y.example z" <a@b.example>');
    expect(mailFrom("a@b.example", '\\"')).toBe("a@b.example");
  });
});
