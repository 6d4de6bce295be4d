import type { Envelope } from "@/lib/http/envelope";

export type FieldErrors = Record<string, string>;

/** Sends a form (multipart, images included) to a complaints route and returns its envelope, with field errors by name. */
export async function sendForm<T>(
  url: string,
  method: "POST" | "PUT",
  form: FormData,
): Promise<{ ok: true; data: T } | { ok: false; message: string; fields: FieldErrors }> {
  let body: Envelope<T>;
  try {
    const response = await fetch(url, { method, body: form });
    body = (await response.json()) as Envelope<T>;
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error), fields: {} };
  }
  if (body.success) return { ok: true, data: body.data };
  const details = body.error.details as { fields?: Record<string, string[]>; field?: string } | undefined;
  const fields: FieldErrors = {};
  for (const [name, messages] of Object.entries(details?.fields ?? {})) fields[name.split(".")[0]] = messages[0];
  if (details?.field) fields[details.field] = body.error.message.replace(/^\w+: /, "");
  return { ok: false, message: body.error.message, fields };
}
