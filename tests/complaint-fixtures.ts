// Cases, categories and orders for complaint tests: real rows in the test database.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { sessionCookie } from "./factories";

let seq = 0;

export async function complaintCategory(name = `Category ${Date.now()}-${++seq}`, active = true) {
  return db.complaintCategory.create({ data: { name, active }, select: { id: true, name: true } });
}

/** A bare order row for `userId` (a manual service of its own), enough to link a case to. */
export async function orderFor(userId: string) {
  const unique = `${Date.now()}-${++seq}`;
  const category = await db.category.create({ data: { name: `Complaint test ${unique}` }, select: { id: true } });
  const service = await db.service.create({
    data: { name: `Manual ${unique}`, categoryId: category.id, rate: "100", min: 1, max: 1000, mode: "MANUAL" },
    select: { id: true },
  });
  return db.order.create({
    data: {
      userId,
      serviceId: service.id,
      link: "https://example.test/p",
      quantity: 10,
      mode: "MANUAL",
      rate: "100",
      charge: "1",
      chargeUsd: "0.01",
      source: "web",
    },
    select: { id: true },
  });
}

export const PNG = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77,
  0x53, 0xde,
]);
export const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9]);
/** The start of a Linux executable (ELF). */
export const ELF = Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0]);

export function file(bytes: Uint8Array, name: string, type = "image/png"): File {
  return new File([bytes as Uint8Array<ArrayBuffer>], name, { type });
}

/** A multipart request to a route handler, as a browser form would send it. */
export async function multipart(
  user: { id: string; role: string; sessionVersion: number },
  method: string,
  fields: Record<string, string | string[]>,
  files: File[] = [],
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) form.append(name, one);
  for (const one of files) form.append("files", one);
  return new Request("http://localhost:3999/api/complaints", {
    method,
    body: form,
    headers: { cookie: await sessionCookie(user), "x-forwarded-for": "203.0.113.7" },
  });
}

/** Every file in the local attachment folder (to prove a refused request left none behind). */
export async function storedFiles(): Promise<string[]> {
  try {
    return await readdir(path.join(path.resolve(env().UPLOAD_DIR), "complaints"));
  } catch {
    return [];
  }
}
