import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "@/lib/i18n/messages";
import { fieldsFor } from "@/components/orders/catalog-types";
import { validateAdd } from "@/lib/demo-provider/validate-add";
import type { DemoService } from "@/lib/demo-provider/catalog";
import { orderUnits } from "@/lib/orders/order-units";
import { providerAddParams } from "@/lib/orders/provider-add-params";
import { orderInputSchema } from "@/lib/orders/schemas";
import { addOrderForm } from "@/lib/providers/client";
import { WIRE_NAMES } from "@/lib/reseller-api/actions/add";
import { acceptedFields, ORDER_FIELDS, SERVICE_TYPE_LIST, SERVICE_TYPES, type FieldKind } from "./service-types";
import { mapServiceType, wireServiceType } from "./type-names";

// The one table read five ways: every orderable type's order, as the web takes it, goes to the
// provider client and is accepted by the demo provider with the same count of units.

const SAMPLE: Record<FieldKind, string> = {
  count: "3",
  count0: "0",
  lines: "first\n\nsecond",
  text: "#tag",
  username: "someone",
  url: "https://example.com/media/1",
  date: "31/12/2030",
};
const ORDERABLE = SERVICE_TYPE_LIST.filter((type) => SERVICE_TYPES[type].orderable);
const service = (type: (typeof ORDERABLE)[number]) => ({ type, min: 1, max: 1000, dripfeed: true });
const demoService = (type: (typeof ORDERABLE)[number]): DemoService => ({
  service: 1,
  name: "x",
  type,
  category: "c",
  rate: "1.0000000",
  min: 1,
  max: 1000,
  refill: false,
  cancel: false,
  dripfeed: true,
  desc: "",
});

describe("the service-type table", () => {
  it.each(ORDERABLE)("%s: web order → provider add → demo provider agree on the units", (type) => {
    const typed = Object.fromEntries(SERVICE_TYPES[type].fields.map((field) => [field, SAMPLE[ORDER_FIELDS[field].kind]]));
    const input = orderInputSchema.parse({ serviceId: 1, link: "https://example.com/p/1", ...typed });
    const { units, params, target, dripfeed } = orderUnits(service(type), input);
    const add = addOrderForm(
      providerAddParams(type, "77", { link: target, quantity: units, params, runQuantity: dripfeed?.runQuantity ?? null }),
    );
    expect(add.service).toBe("77");
    const wire = Object.fromEntries(Object.entries(add).map(([name, value]) => [name, value === undefined ? undefined : String(value)]));
    const accepted = validateAdd(demoService(type), wire);
    expect(accepted.quantity).toBe(units);
  });

  it("drip-feed: quantity per run goes to the provider, the total is billed", () => {
    const input = orderInputSchema.parse({ serviceId: 1, link: "https://example.com/p/1", quantity: 10, runs: 3, interval: 5 });
    const { units, params, target, dripfeed } = orderUnits(service("DEFAULT"), input);
    expect(units).toBe(30);
    expect(dripfeed).toEqual({ runs: 3, interval: 5, runQuantity: 10 });
    const add = addOrderForm(providerAddParams("DEFAULT", "77", { link: target, quantity: units, params, runQuantity: 10 }));
    expect(add).toMatchObject({ quantity: 10, runs: 3, interval: 5 });
  });

  it("drip-feed is refused for types that do not take it, even on a drip-feed service", () => {
    const input = orderInputSchema.parse({
      serviceId: 1,
      link: "https://example.com/p/1",
      quantity: 10,
      keywords: "a",
      runs: 3,
      interval: 5,
    });
    expect(() => orderUnits(service("SEO"), input)).toThrow(/drip-feed/);
  });

  it("every form field is an order input field, and every accepted field has a wire name on /api/v2", () => {
    const shape = Object.keys(orderInputSchema.shape);
    for (const type of ORDERABLE) {
      for (const field of fieldsFor(type)) expect(shape).toContain(field);
      for (const field of acceptedFields(type)) expect(WIRE_NAMES[field]).toBe(ORDER_FIELDS[field].wire);
    }
  });

  it("every type and every form field has its words in both languages", () => {
    for (const locale of ["en", "bn"] as const) {
      const t = createTranslator({ locale, messages: MESSAGES[locale] });
      for (const type of SERVICE_TYPE_LIST) expect(t.has(`catalogAdmin.services.types.${type}` as never), `${locale} ${type}`).toBe(true);
      for (const field of ORDERABLE.flatMap(fieldsFor)) {
        expect(t.has(`orders.create.${field}` as never), `${locale} orders.create.${field}`).toBe(true);
        expect(t.has(`fieldNames.${field}` as never), `${locale} fieldNames.${field}`).toBe(true);
      }
    }
  });

  it("reads back every type's protocol name, and the usual other spellings", () => {
    for (const type of SERVICE_TYPE_LIST) expect(mapServiceType(wireServiceType(type))).toBe(type);
    expect(mapServiceType("custom_comments")).toBe("CUSTOM_COMMENTS");
    expect(mapServiceType("Comment Like")).toBe("COMMENT_LIKES");
    expect(mapServiceType("something new")).toBe("DEFAULT");
  });
});
