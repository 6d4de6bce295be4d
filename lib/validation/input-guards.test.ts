import { describe, expect, it } from "vitest";
import { parseWith } from "@/lib/http/validation";
import { adminOrderQuerySchema } from "@/lib/orders/admin/schemas";
import { orderInputSchema } from "@/lib/orders/schemas";
import { calendarDay } from "./calendar-day";
import { INT4_MAX } from "./int4";
import { nulPath } from "./no-nul";

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error as { status: number; message: string };
  }
  throw new Error("expected a refusal");
};

describe("nulPath", () => {
  it("names the first string or key holding a NUL, however deep", () => {
    expect(nulPath({ a: "ok", items: [{ link: "x" }, { link: "y\u0000" }] })).toBe("items.1.link");
    expect(nulPath({ ["ke\u0000y"]: "v" })).toBe("ke\\0y");
    expect(nulPath("a\u0000")).toBe("body");
    expect(nulPath({ a: ["fine", 1, null, true] })).toBeNull();
    expect(nulPath(Object.assign(Object.create(null) as object, { id: "\u0000" }))).toBe("id");
  });
});

describe("parseWith", () => {
  it("refuses a NUL with a 422 naming the field, before the schema runs (the schema would accept it)", () => {
    const error = failure(() => parseWith(orderInputSchema, { serviceId: 1, link: "https://x.test/\u0000", quantity: 10 }));
    expect(error).toMatchObject({ status: 422, message: "link: must not contain NUL characters" });
  });

  it("refuses ids beyond PostgreSQL's integer with a 422 naming the field", () => {
    expect(failure(() => parseWith(orderInputSchema, { serviceId: INT4_MAX + 1, link: "https://x.test/", quantity: 10 }))).toMatchObject({
      status: 422,
      message: expect.stringMatching(/^serviceId: /),
    });
    expect(failure(() => parseWith(orderInputSchema, { serviceId: "1e30", link: "https://x.test/", quantity: 10 }))).toMatchObject({
      status: 422,
    });
    expect(parseWith(orderInputSchema, { serviceId: String(INT4_MAX), link: "https://x.test/", quantity: 10 }).serviceId).toBe(INT4_MAX);
  });

  it("refuses impossible calendar days in the admin order filter", () => {
    expect(failure(() => parseWith(adminOrderQuerySchema, { from: "2024-13-45" }))).toMatchObject({
      status: 422,
      message: "from: must be a real date such as 2024-05-31",
    });
    expect(failure(() => parseWith(adminOrderQuerySchema, { to: "2023-02-29" }))).toMatchObject({
      status: 422,
      message: expect.stringMatching(/^to: /),
    });
    expect(parseWith(adminOrderQuerySchema, { from: "2024-02-29", to: "2024-12-31" })).toEqual({ from: "2024-02-29", to: "2024-12-31" });
  });
});

describe("calendarDay", () => {
  it("takes real days only", () => {
    const day = calendarDay();
    expect(["2024-02-29", "2000-02-29", "1999-12-31"].every((text) => day.safeParse(text).success)).toBe(true);
    expect(
      ["2024-13-45", "2023-02-29", "1900-02-29", "2024-04-31", "2024-00-10", "24-01-01", "2024-1-1", ""].some(
        (text) => day.safeParse(text).success,
      ),
    ).toBe(false);
  });
});
