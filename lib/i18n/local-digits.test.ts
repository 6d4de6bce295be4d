import { describe, expect, it } from "vitest";
import { localDigits } from "./local-digits";

describe("localDigits", () => {
  it("swaps each digit for Bengali readers, without grouping, and leaves English alone", () => {
    expect(localDigits("45210", "bn")).toBe("৪৫২১০");
    expect(localDigits("A-1234", "bn")).toBe("A-১২৩৪");
    expect(localDigits("45210", "en")).toBe("45210");
  });
});
