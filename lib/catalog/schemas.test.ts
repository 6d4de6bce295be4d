import { describe, expect, it } from "vitest";
import { bulkServicesSchema, importSchema, serviceUpdateSchema } from "./schemas";

const service = {
  serviceId: 1,
  name: "Followers",
  categoryId: "c1",
  rate: "12.5",
  min: 10,
  max: 1000,
  mode: "AUTO",
  status: "ACTIVE",
  refill: false,
  cancel: false,
  dripfeed: false,
};

describe("catalogue input rules", () => {
  it("refuses a min above max, naming min", () => {
    const result = serviceUpdateSchema.safeParse({ ...service, min: 5000 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ["min"], message: "validation.minAboveMax" });
  });

  it("reads form booleans correctly ('false' is false)", () => {
    expect(serviceUpdateSchema.parse({ ...service, refill: "false", cancel: "on", dripfeed: "0" })).toMatchObject({
      refill: false,
      cancel: true,
      dripfeed: false,
    });
  });

  it("refuses negative or blank markups instead of pricing at cost", () => {
    expect(importSchema.safeParse({ providerId: "p", providerServiceIds: ["1"], markupKind: "PERCENT", markupValue: "-5" }).success).toBe(
      false,
    );
    expect(bulkServicesSchema.safeParse({ action: "reprice", serviceIds: [1], markupKind: "PERCENT", markupValue: "" }).success).toBe(
      false,
    );
    expect(bulkServicesSchema.safeParse({ action: "reprice", serviceIds: [1], markupKind: "PERCENT", markupValue: "1e2" }).success).toBe(
      false,
    );
    expect(
      bulkServicesSchema.parse({ action: "reprice", serviceIds: [1], markupKind: "FIXED", markupValue: "2.5", roundTo: "" }),
    ).toMatchObject({ markupValue: "2.5", roundTo: null });
  });

  it("needs at least one service to import", () => {
    expect(
      importSchema.safeParse({ providerId: "p", providerServiceIds: [], markupKind: "PERCENT", markupValue: "10" }).error?.issues[0]
        .message,
    ).toBe("validation.pickServices");
  });
});
