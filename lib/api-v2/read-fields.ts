export type Fields = Record<string, string>;

/** List-like JSON values: id lists are comma lists, texts (comments, usernames…) one per line. */
const COMMA_LISTS = new Set(["orders", "refills"]);

function fromJson(value: unknown): Fields | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const fields: Fields = {};
  for (const [name, field] of Object.entries(value)) {
    if (typeof field === "string") fields[name] = field;
    else if (typeof field === "number" || typeof field === "boolean") fields[name] = String(field);
    else if (Array.isArray(field)) fields[name] = field.map(String).join(COMMA_LISTS.has(name) ? "," : "\n");
  }
  return fields;
}

export type ReadFieldsOptions = {
  /**
   * Our `/api/v2` ignores a key in a POST's URL (URLs end up in proxy and server logs); the demo
   * provider accepts it, as many real panels do, so clients that send it that way can be tried.
   */
  keyInPostUrl?: "ignore" | "accept";
};

/**
 * The request's protocol fields (both API v2 servers read them this way): query parameters (old
 * clients send everything by GET), overlaid by a form-encoded, multipart or JSON body. undefined when
 * the body cannot be read.
 */
export async function readFields(req: Request, { keyInPostUrl = "ignore" }: ReadFieldsOptions = {}): Promise<Fields | undefined> {
  const fields: Fields = Object.fromEntries(new URL(req.url).searchParams);
  if (req.method !== "POST") return fields;
  if (keyInPostUrl === "ignore") delete fields.key;
  const type = req.headers.get("content-type") ?? "";
  try {
    if (type.includes("multipart/form-data")) {
      const form = await req.formData();
      for (const [name, value] of form.entries()) if (typeof value === "string") fields[name] = value;
      return fields;
    }
    const text = await req.text();
    if (text.trim() === "") return fields;
    if (type.includes("application/json") || (!type.includes("x-www-form-urlencoded") && text.trim().startsWith("{"))) {
      const body = fromJson(JSON.parse(text));
      return body ? { ...fields, ...body } : undefined;
    }
    return { ...fields, ...Object.fromEntries(new URLSearchParams(text)) };
  } catch {
    return undefined;
  }
}
