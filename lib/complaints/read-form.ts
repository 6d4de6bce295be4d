import { badRequest } from "@/lib/http/errors";
import { readBody } from "@/lib/http/read-body";

/**
 * The fields and files of a complaint request: multipart (the pages, with images) or JSON (the API).
 * Repeated multipart fields (`orderIds`) become arrays; `files` are the uploaded images.
 */
export async function readComplaintForm(req: Request, arrays: string[] = []): Promise<{ fields: Record<string, unknown>; files: File[] }> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.includes("multipart/form-data")) return { fields: (await readBody(req)) as Record<string, unknown>, files: [] };
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw badRequest("invalid_body", "body: not a readable multipart form");
  }
  const fields: Record<string, unknown> = {};
  const files: File[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value !== "string") {
      if (name === "files" && value.size > 0) files.push(value);
      continue;
    }
    if (arrays.includes(name)) ((fields[name] ??= []) as string[]).push(value);
    else fields[name] = value;
  }
  return { fields, files };
}
