import { describe, expect, it } from "vitest";
import { cell, csvText } from "./cell";

describe("cell", () => {
  it("prefixes a leading formula character with a quote", () => {
    for (const lead of ["=", "+", "-", "@", "\t", "\r"]) expect(cell(`${lead}1+1`).replace(/^"|"$/g, "")).toMatch(/^'/);
    expect(cell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(cell("a=1")).toBe("a=1");
  });

  it("quotes commas, quotes and line breaks; empty for null", () => {
    expect(cell('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(cell(null)).toBe("");
    expect(cell(undefined)).toBe("");
  });

  it("joins rows with CRLF and ends in one", () => {
    expect(csvText(["a", "b"], [["1", null]])).toBe("a,b\r\n1,\r\n");
  });
});
