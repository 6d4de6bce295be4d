import { problemFields, problemText, type Translator } from "@/components/forms/failure-text";
import type { Envelope } from "@/lib/http/envelope";

export type FieldErrors = Record<string, string>;

/** Sends a form (multipart, images included) to a complaints route and returns its envelope, with field errors by name. */
export async function sendForm<T>(
  url: string,
  method: "POST" | "PUT",
  form: FormData,
  t: Translator,
): Promise<{ ok: true; data: T } | { ok: false; message: string; fields: FieldErrors }> {
  let body: Envelope<T>;
  try {
    const response = await fetch(url, { method, body: form });
    body = (await response.json()) as Envelope<T>;
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error), fields: {} };
  }
  if (body.success) return { ok: true, data: body.data };
  const fields: FieldErrors = {};
  for (const [name, text] of Object.entries(problemFields(body.error, t))) fields[name.split(".")[0]] ??= text;
  const message = problemText(body.error, t);
  // A conflict about one field (a closed case, a status already changed) marks that field too.
  const field = body.error.details?.field;
  if (typeof field === "string") fields[field] = message;
  return { ok: false, message, fields };
}
