import { describe, expect, it } from "vitest";
import { brandColorSchema } from "./schemas";
import { contrastRatio, relativeLuminance, tooLightForWhiteText } from "./contrast";

describe("brand colour contrast", () => {
  it("computes WCAG luminance and ratios", () => {
    expect(relativeLuminance("#000000")).toBe(0);
    expect(relativeLuminance("#FFFFFF")).toBe(1);
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#ffffff", "#000000")).toBeCloseTo(21, 5);
    // Published pairs: Tailwind's blue-700 on white is 6.70:1, #767676 is the lightest grey passing AA.
    expect(contrastRatio("#1d4ed8", "#ffffff")).toBeCloseTo(6.7, 1);
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
  });

  it("refuses colours too light for white button text, keeps the default and darker ones", () => {
    expect(tooLightForWhiteText("#1d4ed8")).toBe(false); // the default
    expect(tooLightForWhiteText("#767676")).toBe(false); // 4.54:1
    expect(tooLightForWhiteText("#777777")).toBe(true); // 4.48:1
    expect(tooLightForWhiteText("#ffff00")).toBe(true);
    expect(tooLightForWhiteText("#3b82f6")).toBe(true); // Tailwind blue-500: 3.68:1
    expect(tooLightForWhiteText("#000000")).toBe(false);
    expect(() => tooLightForWhiteText("blue")).toThrow(/#rrggbb/);
  });

  it("is the brand colour's rule: the form and the server refuse with validation.brand.tooLight", () => {
    const light = brandColorSchema.safeParse("#FACC15");
    expect(light.success).toBe(false);
    expect(light.error?.issues.map((issue) => issue.message)).toEqual(["validation.brand.tooLight"]);
    expect(brandColorSchema.safeParse("1d4ed8").error?.issues.map((issue) => issue.message)).toEqual(["validation.brand.color"]);
    expect(brandColorSchema.parse(" #1D4ED8 ")).toBe("#1d4ed8");
  });
});
