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

/**
 * The request's protocol fields: query parameters (old clients send everything by GET), overlaid by a
 * form-encoded, multipart or JSON body. A POST's key is read from its body only: a key in a POST's
 * URL is ignored (URLs end up in proxy and server logs). undefined when the body cannot be read.
 */
export async function readFields(req: Request): Promise<Fields | undefined> {
  const fields: Fields = Object.fromEntries(new URL(req.url).searchParams);
  if (req.method !== "POST") return fields;
  delete fields.key;
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
