import { AppError, badRequest } from "@/lib/errors/app-error";

const isJson = (mediaType: string) => mediaType === "application/json" || /^application\/[\w.+-]+\+json$/.test(mediaType);

/**
 * Reads a JSON body, and only a JSON body: an empty one is `{}`, malformed JSON a 400, any other
 * declared type (a form, text/plain, none) a 415 naming content-type, never a 500. Routes that take
 * forms (API v2, gateway webhooks, complaint uploads) have their own readers.
 */
export async function readBody(req: Request): Promise<unknown> {
  const mediaType = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const text = await req.text().catch(() => {
    throw badRequest("invalid_body", "body: could not be read");
  });
  if (text.trim() === "") return {};
  if (!isJson(mediaType)) {
    throw new AppError(
      "unsupported_content_type",
      `content-type: must be application/json (got ${mediaType.slice(0, 60) || "none"})`,
      415,
      { fields: { "content-type": ["must be application/json"] } },
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest("invalid_json", "body: request body is not valid JSON");
  }
}
