import type { CatalogCategory, CatalogService } from "./catalog-types";

// The order form's service picker, as pure rules: what a search finds, in which groups, in what order.

export type ServiceGroup = {
  /** "favorites", or the category's id. */
  key: string;
  /** The category's name; null for the favourites group (its title is the reader's language). */
  name: string | null;
  services: CatalogService[];
};

/** Lower case, one Unicode form (NFKC), Bengali digits as Latin ones (ids are written 0-9), runs of spaces as one. */
const normal = (text: string) =>
  text
    .toLocaleLowerCase("en")
    .normalize("NFKC")
    .replace(/[০-৯]/g, (digit) => String(digit.charCodeAt(0) - 0x09e6))
    .replace(/\s+/g, " ")
    .trim();

/** The words of a query; "#12" and "id:12" are the id 12. */
function terms(query: string): string[] {
  return normal(query)
    .split(" ")
    .filter(Boolean)
    .map((term) => term.replace(/^(#|id:)(?=\d)/, ""));
}

/**
 * A service matches when every word of the query is in its name or its category's name, or is the
 * start of its id ("12" finds 12 and 120–129), so "insta 30 days" and "14" both work.
 */
export function matchesService(service: CatalogService, categoryName: string, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = normal(`${service.name} ${categoryName}`);
  const id = String(service.id);
  return words.every((word) => haystack.includes(word) || (/^\d+$/.test(word) && id.startsWith(word)));
}

/**
 * The groups the picker lists for a query: the customer's favourites first (in the order they were
 * pinned, newest first), then every category in the admins' order with its services that match; a
 * favourite is listed once, in the favourites group. Empty groups are left out.
 */
export function searchServices(categories: CatalogCategory[], favoriteIds: readonly number[], query: string): ServiceGroup[] {
  const words = terms(query);
  const pinned = new Set(favoriteIds);
  const byId = new Map<number, { service: CatalogService; categoryName: string }>();
  for (const category of categories)
    for (const service of category.services) byId.set(service.id, { service, categoryName: category.name });

  const favorites = favoriteIds
    .map((id) => byId.get(id))
    .filter((entry): entry is { service: CatalogService; categoryName: string } => entry !== undefined)
    .filter((entry) => matchesService(entry.service, entry.categoryName, words))
    .map((entry) => entry.service);
  const groups: ServiceGroup[] = favorites.length > 0 ? [{ key: "favorites", name: null, services: favorites }] : [];
  for (const category of categories) {
    const services = category.services.filter((service) => !pinned.has(service.id) && matchesService(service, category.name, words));
    if (services.length > 0) groups.push({ key: category.id, name: category.name, services });
  }
  return groups;
}

/** The option to highlight first: the service whose id is exactly the query, else the first listed. */
export function firstChoice(groups: ServiceGroup[], query: string): CatalogService | undefined {
  const all = groups.flatMap((group) => group.services);
  const [only] = terms(query);
  const exact = terms(query).length === 1 && /^\d+$/.test(only) ? all.find((service) => String(service.id) === only) : undefined;
  return exact ?? all[0];
}

/** The services pages' catalogue: the picker's own search, narrowed to one category ("" = all), with the count it shows. */
export function narrowCatalog(categories: CatalogCategory[], query: string, categoryId: string): { groups: ServiceGroup[]; count: number } {
  const groups = searchServices(categories, [], query).filter((group) => categoryId === "" || group.key === categoryId);
  return { groups, count: groups.reduce((sum, group) => sum + group.services.length, 0) };
}
