import { AppError, badRequest, invalidField } from "@/lib/errors/app-error";
import { NUL } from "@/lib/validation/no-nul";
import { MAX_BRAND_IMAGE_BYTES } from "./brand-image";

/** One image and the multipart framing around it. */
const MAX_REQUEST_BYTES = MAX_BRAND_IMAGE_BYTES + 64 * 1024;

/** The image a brand upload carries in its `file` field (multipart/form-data); refusals name `file` or `content-type`. */
export async function readBrandUpload(req: Request): Promise<File> {
  const type = (req.headers.get("content-type") ?? "").toLowerCase();
  if (!type.startsWith("multipart/form-data")) {
    throw new AppError("unsupported_content_type", "content-type: must be multipart/form-data", 415, {
      fields: { "content-type": ["must be multipart/form-data"] },
    });
  }
  // Refused before the body is read into memory (a browser always sends the length of a form).
  if (Number(req.headers.get("content-length") ?? 0) > MAX_REQUEST_BYTES) {
    const { details } = invalidField("file", "validation.brand.tooLarge", { max: MAX_BRAND_IMAGE_BYTES / 1024 / 1024 });
    throw new AppError("payload_too_large", "file: larger than 2 MB", 413, details);
  }
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw badRequest("invalid_body", "body: not a readable multipart form");
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw invalidField("file", "validation.brand.chooseFile");
  if (file.name.includes(NUL)) throw invalidField("file", "validation.noNul");
  return file;
}
