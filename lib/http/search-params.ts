/** What Next hands a page: a repeated parameter (?q=a&q=b) is an array, whatever the page's type says. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** A page's query parameters as single strings: the first of repeated ones, like URLSearchParams.get. */
export async function readSearchParams(params: Promise<RawSearchParams>): Promise<Record<string, string | undefined>> {
  return Object.fromEntries(Object.entries(await params).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]));
}
