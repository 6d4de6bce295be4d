import { AppError, badRequest } from "@/lib/errors/app-error";
import { readBody } from "@/lib/http/read-body";
import { NUL } from "@/lib/validation/no-nul";
import { MAX_IMAGE_BYTES, MAX_IMAGES } from "./attachments/check-image";

/** Five full-size images plus room for the text fields and multipart framing. */
export const MAX_FORM_BYTES = MAX_IMAGES * MAX_IMAGE_BYTES + 1024 * 1024;

/**
 * The fields and files of a complaint request: multipart (the pages, with images) or JSON (the API).
 * Repeated multipart fields (`orderIds`) become arrays; `files` are the uploaded images.
 */
export async function readComplaintForm(req: Request, arrays: string[] = []): Promise<{ fields: Record<string, unknown>; files: File[] }> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.includes("multipart/form-data")) return { fields: (await readBody(req)) as Record<string, unknown>, files: [] };
  // Refused before the body is read into memory (a browser always sends the length of a form).
  if (Number(req.headers.get("content-length") ?? 0) > MAX_FORM_BYTES) {
    throw new AppError("payload_too_large", `files: at most ${MAX_IMAGES} images of 5 MB each`, 413, { fields: { files: ["too large"] } });
  }
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
      if (value.name.includes(NUL))
        throw badRequest("invalid_body", "files: a file name must not contain NUL characters", {
          fields: { files: ["must not contain NUL characters"] },
        });
      if (name === "files" && value.size > 0) files.push(value);
      continue;
    }
    if (arrays.includes(name)) ((fields[name] ??= []) as string[]).push(value);
    else fields[name] = value;
  }
  return { fields, files };
}
