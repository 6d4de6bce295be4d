import { describe, expect, it } from "vitest";
import { DEFAULT_BRAND_PROFILE } from "@/lib/brand/schemas";
import { jsonLdText, languageAlternates, organizationJsonLd } from "./seo";

describe("storefront SEO", () => {
  it("gives each page an English and a Bengali address", () => {
    expect(languageAlternates("/services")).toEqual({
      canonical: "/services",
      languages: { en: "/services", bn: "/services?lang=bn", "x-default": "/services" },
    });
  });

  it("describes the organisation with its contacts", () => {
    const brand = {
      ...DEFAULT_BRAND_PROFILE,
      name: "Boost BD",
      telegram: "@boostbd",
      supportEmail: "help@boost.example",
      logo: null,
      favicon: null,
    };
    const data = organizationJsonLd(brand);
    expect(data).toMatchObject({ "@type": "Organization", name: "Boost BD", sameAs: ["https://t.me/boostbd"] });
    expect(data.contactPoint).toMatchObject({ email: "help@boost.example" });
  });

  it("cannot be closed early by owner-written text", () => {
    const text = jsonLdText({ name: "</script><script>alert(1)</script>" });
    expect(text).not.toContain("</script>");
    expect(JSON.parse(text)).toEqual({ name: "</script><script>alert(1)</script>" });
  });
});
