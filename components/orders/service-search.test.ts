import { describe, expect, it } from "vitest";
import type { CatalogCategory, CatalogService } from "./catalog-types";
import { firstChoice, searchServices } from "./service-search";

const service = (id: number, name: string): CatalogService => ({
  id,
  name,
  description: null,
  type: "DEFAULT",
  rate: "10.0000",
  listRate: null,
  min: 10,
  max: 1000,
  refill: false,
  refillDays: null,
  cancel: false,
  dripfeed: false,
});
const categories: CatalogCategory[] = [
  { id: "ig", name: "Instagram Followers", description: null, services: [service(1, "Real Mixed | Refill 30 Days"), service(12, "Cheap")] },
  { id: "tt", name: "TikTok Views", description: null, services: [service(7, "Fast"), service(120, "Slow and steady")] },
];
const ids = (groups: ReturnType<typeof searchServices>) => groups.map((group) => [group.key, group.services.map((one) => one.id)]);

describe("the service picker's search", () => {
  it("lists every category in order when nothing is typed", () => {
    expect(ids(searchServices(categories, [], ""))).toEqual([
      ["ig", [1, 12]],
      ["tt", [7, 120]],
    ]);
  });

  it("finds by words of the name or the category, in any case and order", () => {
    expect(ids(searchServices(categories, [], "refill  REAL"))).toEqual([["ig", [1]]]);
    expect(ids(searchServices(categories, [], "tiktok slow"))).toEqual([["tt", [120]]]);
    expect(searchServices(categories, [], "nothing like it")).toEqual([]);
  });

  it("finds by id, also written #12, and highlights the exact id first", () => {
    expect(ids(searchServices(categories, [], "12"))).toEqual([
      ["ig", [12]],
      ["tt", [120]],
    ]);
    expect(ids(searchServices(categories, [], "#7"))).toEqual([["tt", [7]]]);
    expect(ids(searchServices(categories, [], "১২০"))).toEqual([["tt", [120]]]);
    const groups = searchServices(categories, [], "120");
    expect(firstChoice(groups, "120")?.id).toBe(120);
    expect(firstChoice(searchServices(categories, [], "1"), "1")?.id).toBe(1);
    expect(firstChoice(searchServices(categories, [], "steady"), "steady")?.id).toBe(120);
  });

  it("lists favourites first, in their own group, newest pin first, and only once", () => {
    expect(ids(searchServices(categories, [120, 1], ""))).toEqual([
      ["favorites", [120, 1]],
      ["ig", [12]],
      ["tt", [7]],
    ]);
    expect(searchServices(categories, [120, 1], "")[0].name).toBeNull();
  });

  it("searches favourites too, and forgets a favourite that is no longer in the catalogue", () => {
    expect(ids(searchServices(categories, [120, 1], "slow"))).toEqual([["favorites", [120]]]);
    expect(ids(searchServices(categories, [999, 7], "tiktok"))).toEqual([
      ["favorites", [7]],
      ["tt", [120]],
    ]);
  });
});
