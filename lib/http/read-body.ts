import { badRequest } from "./errors";

/** Reads a JSON or form body; malformed JSON is a 400 naming the problem, never a 500. */
export async function readBody(req: Request): Promise<unknown> {
  const type = req.headers.get("content-type") ?? "";
  if (type.includes("application/x-www-form-urlencoded") || type.includes("multipart/form-data")) {
    const form = await req.formData();
    return Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string"));
  }
  const text = await req.text();
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest("invalid_json", "body: request body is not valid JSON");
  }
}
