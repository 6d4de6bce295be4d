import { describe, expect, it } from "vitest";
import { checkMassLine, parseMassLines } from "./mass-lines";
import { previewMassOrder, type PreviewService } from "./mass-preview";

const followers: PreviewService = { id: 7, name: "Followers", type: "DEFAULT", rate: "12.3457", min: 10, max: 5000, dripfeed: false };
const comments: PreviewService = { id: 8, name: "Comments", type: "CUSTOM_COMMENTS", rate: "100", min: 1, max: 100, dripfeed: false };
const pack: PreviewService = { id: 9, name: "Package", type: "PACKAGE", rate: "99.5", min: 1, max: 1, dripfeed: false };
const catalogue = new Map([followers, comments, pack].map((service) => [service.id, service]));
const rule = (line: { ok: boolean; error?: { details?: Record<string, unknown> } }) =>
  (line.error?.details?.issues as { field: string; key: string }[] | undefined)?.[0];

describe("mass order lines", () => {
  it("keep their line numbers, skip blank lines and trim the fields", () => {
    expect(parseMassLines("\n 7 | https://x.com/a | 100 \r\n\n8|b|2")).toEqual([
      { line: 2, text: "7 | https://x.com/a | 100", fields: ["7", "https://x.com/a", "100"] },
      { line: 4, text: "8|b|2", fields: ["8", "b", "2"] },
    ]);
  });

  it("are refused for their shape with the rule a person reads, before any service is looked up", () => {
    const keys = [
      "7 | https://x.com/a",
      "| https://x.com/a | 100",
      "7 | | 100",
      "7 | https://x.com/a |",
      "x | https://x.com/a | 1",
      "7 | https://x.com/a | 1.5",
      "7 | a | 1 | 2",
    ].map((text) => rule(checkMassLine(parseMassLines(text)[0])));
    expect(keys.map((issue) => issue?.key)).toEqual([
      "validation.order.missingQuantity",
      "validation.order.missingServiceId",
      "validation.order.missingLink",
      "validation.order.missingQuantity",
      "validation.order.serviceIdNumber",
      "validation.order.quantityWhole",
      "validation.order.lineFormat",
    ]);
    expect(rule(checkMassLine(parseMassLines("7 | not a link | 100")[0]))).toMatchObject({ field: "link", key: "validation.orderLink" });
  });
});

describe("the mass order preview", () => {
  it("prices each good line as the server charges it and adds them up", () => {
    const preview = previewMassOrder("7 | https://instagram.com/a | 333\n9 | https://instagram.com/b | 1", catalogue, "1000");
    expect(preview.lines).toEqual([
      {
        line: 1,
        text: "7 | https://instagram.com/a | 333",
        ok: true,
        serviceId: 7,
        serviceName: "Followers",
        link: "https://instagram.com/a",
        quantity: 333,
        charge: "4.1111",
      },
      {
        line: 2,
        text: "9 | https://instagram.com/b | 1",
        ok: true,
        serviceId: 9,
        serviceName: "Package",
        link: "https://instagram.com/b",
        quantity: 1,
        charge: "99.5000",
      },
    ]);
    expect(preview).toMatchObject({ placeable: 2, total: "103.6111", overBalance: false });
  });

  it("gives each bad line its own reason and leaves it out of the total", () => {
    const preview = previewMassOrder(
      [
        "7 | https://instagram.com/a | 5",
        "42 | https://instagram.com/a | 100",
        "8 | https://instagram.com/a | 10",
        "7 | https://instagram.com/a | 1000",
        "oops",
      ].join("\n"),
      catalogue,
      "1000",
    );
    expect(preview.lines.map((line) => (line.ok ? "ok" : rule(line)?.key))).toEqual([
      "validation.order.between",
      "validation.order.serviceUnavailable",
      "validation.order.commentsRequired",
      "ok",
      "validation.order.missingLink",
    ]);
    expect(rule(preview.lines[0])).toMatchObject({ field: "quantity", values: { min: 10, max: 5000 } });
    expect(preview).toMatchObject({ placeable: 1, total: "12.3457" });
  });

  it("says when the total is above the balance", () => {
    expect(previewMassOrder("7 | https://instagram.com/a | 5000", catalogue, "61.72").overBalance).toBe(true);
    expect(previewMassOrder("7 | https://instagram.com/a | 5000", catalogue, "61.7285").overBalance).toBe(false);
    expect(previewMassOrder("", catalogue, "0")).toEqual({ lines: [], placeable: 0, total: "0.0000", overBalance: false });
  });
});
