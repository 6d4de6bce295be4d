// Direct uploads end to end over HTTP: the panel's real UploadThing route handler signs the upload, the
// test plays the browser (HEAD + multipart PUT to the presigned URL, as uploadthing/client does), a local
// stand-in for UploadThing stores the bytes and sends its signed callback to the same handler, and the
// panel checks the bytes by reading them back through a signed URL. Real PostgreSQL throughout.
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { GET as getAttachment } from "@/app/api/complaints/attachments/[id]/route";
import { POST as postCase } from "@/app/api/complaints/route";
import { POST as uploadthingPost } from "@/app/api/uploadthing/route";
import { db } from "@/lib/db";
import { reloadEnvForTests } from "@/lib/env";
import { complaintCategory, ELF, JPEG, PNG } from "@/tests/complaint-fixtures";
import { callRoute, createUser, sessionCookie } from "@/tests/factories";
import { startUploadThingStandIn, type UploadThingStandIn } from "@/tests/uploadthing-stand-in";
import { confirmDirectUpload } from "./confirm-direct-upload";
import { directUploadStore } from "./direct-upload-store";
import { AWAITING_UPLOAD_MINUTES, READY_UPLOAD_HOURS, sweepDirectUploads } from "./sweep-direct-uploads";

const APP = "http://localhost:3999";
let ut: UploadThingStandIn;

beforeAll(async () => {
  ut = await startUploadThingStandIn({ deliver: (request) => uploadthingPost(new NextRequest(request)) });
  for (const [name, value] of Object.entries(ut.env)) vi.stubEnv(name, value);
  reloadEnvForTests();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  reloadEnvForTests();
  await ut.close();
});

type Presigned = { url: string; key: string; name: string; customId: string | null };
type DeclaredFile = { name: string; type: string; bytes: Uint8Array; size?: number };

function askToUpload(cookie: string | null, files: DeclaredFile[], headers: Record<string, string> = {}) {
  return uploadthingPost(
    new NextRequest(`${APP}/api/uploadthing?actionType=upload&slug=complaintImage`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: APP, ...(cookie ? { cookie } : {}), ...headers },
      body: JSON.stringify({
        files: files.map((one) => ({ name: one.name, size: one.size ?? one.bytes.byteLength, type: one.type, lastModified: 1 })),
        input: null,
      }),
    }),
  );
}

/** What the browser does: ask the panel for presigned URLs, then send each file straight to UploadThing. */
async function uploadLikeABrowser(cookie: string, files: DeclaredFile[]) {
  const asked = await askToUpload(cookie, files);
  expect(asked.status).toBe(200);
  const presigned = (await asked.json()) as Presigned[];
  const results = [];
  for (const [index, one] of presigned.entries()) {
    expect((await fetch(one.url, { method: "HEAD" })).headers.get("x-ut-range-start")).toBe("0");
    const form = new FormData();
    form.append("file", new Blob([files[index].bytes as Uint8Array<ArrayBuffer>], { type: files[index].type }), files[index].name);
    const put = await fetch(one.url, { method: "PUT", body: form });
    expect(put.status).toBe(200);
    results.push({
      ...one,
      serverData: ((await put.json()) as { serverData: { uploadId: string | null; accepted: boolean; reason?: string } }).serverData,
    });
  }
  return results;
}

describe("direct uploads to UploadThing", () => {
  it("signs, confirms with a byte check, and attaches to a case in its transaction; the file streams back through the access-checked route", async () => {
    const owner = await createUser();
    const cookie = await sessionCookie(owner);
    const uploads = await uploadLikeABrowser(cookie, [
      { name: "screen.png", type: "image/png", bytes: PNG },
      { name: "proof.jpg", type: "image/jpeg", bytes: JPEG },
    ]);
    expect(uploads.map((one) => one.serverData.accepted)).toEqual([true, true]);
    expect(uploads.map((one) => one.serverData.uploadId)).toEqual(uploads.map((one) => one.customId));
    const rows = await db.pendingUpload.findMany({ where: { userId: owner.id }, orderBy: { fileName: "asc" } });
    expect(rows.map((row) => [row.status, row.mime, row.size])).toEqual([
      ["READY", "image/jpeg", JPEG.byteLength],
      ["READY", "image/png", PNG.byteLength],
    ]);

    const category = await complaintCategory();
    const filed = await callRoute(postCase, {
      cookie,
      url: `${APP}/api/complaints`,
      body: {
        categoryId: category.id,
        title: "Not delivered",
        description: "See the screenshots",
        uploadIds: uploads.map((one) => one.serverData.uploadId),
      },
    });
    expect(filed.status).toBe(201);
    const id = (filed.json.data as { id: number }).id;
    const attachments = await db.complaintAttachment.findMany({ where: { complaintId: id }, orderBy: { fileName: "asc" } });
    expect(attachments.map((one) => [one.storage, one.fileName, one.mime])).toEqual([
      ["uploadthing", "proof.jpg", "image/jpeg"],
      ["uploadthing", "screen.png", "image/png"],
    ]);
    expect(await db.pendingUpload.count({ where: { userId: owner.id } })).toBe(0);

    const download = await getAttachment(new Request(`${APP}/x`, { headers: { cookie } }), {
      params: Promise.resolve({ id: attachments[1].id }),
    });
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(PNG);

    // Attached once: the same ids cannot be attached again.
    const again = await callRoute(postCase, {
      cookie,
      url: `${APP}/api/complaints`,
      body: { categoryId: category.id, title: "Again", description: "x", uploadIds: [uploads[0].serverData.uploadId] },
    });
    expect(again.status).toBe(422);
    expect(again.json.error?.details).toMatchObject({ fields: { uploadIds: [expect.any(String)] } });
  });

  it("deletes at UploadThing a file whose bytes are not an image, whatever the browser declared", async () => {
    const owner = await createUser();
    const [upload] = await uploadLikeABrowser(await sessionCookie(owner), [{ name: "photo.png", type: "image/png", bytes: ELF }]);
    expect(upload.serverData).toEqual({ uploadId: upload.customId, accepted: false, reason: "not_an_image" });
    expect(ut.files.has(upload.key)).toBe(false);
    expect(await db.pendingUpload.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("signs nothing for a stranger, another site, a GIF, an oversized or a sixth image — naming the field — and writes no row", async () => {
    const owner = await createUser();
    const cookie = await sessionCookie(owner);
    const png = { name: "a.png", type: "image/png", bytes: PNG };
    expect((await askToUpload(null, [png])).status).toBe(403);
    expect((await askToUpload(cookie, [png], { origin: "https://evil.example" })).status).toBe(403);
    const tooBig = await askToUpload(cookie, [{ ...png, size: 5 * 1024 * 1024 + 1 }]);
    expect(tooBig.status).toBe(400);
    expect(((await tooBig.json()) as { message: string }).message).toMatch(/^files\.0: a\.png is larger than 5 MB/);
    const gif = await askToUpload(cookie, [{ name: "x.gif", type: "image/gif", bytes: PNG }]);
    expect(gif.status).toBeGreaterThanOrEqual(400);
    expect(gif.status).toBeLessThan(500);
    const six = await askToUpload(
      cookie,
      Array.from({ length: 6 }, () => png),
    );
    expect(six.status).toBe(400);
    expect(await db.pendingUpload.count({ where: { userId: owner.id } })).toBe(0);
  });

  it("refuses a callback that UploadThing did not sign", async () => {
    const owner = await createUser();
    const [ready] = await uploadLikeABrowser(await sessionCookie(owner), [{ name: "a.png", type: "image/png", bytes: PNG }]);
    const forged = await uploadthingPost(
      new NextRequest(`${APP}/api/uploadthing?slug=complaintImage`, {
        method: "POST",
        headers: { "content-type": "application/json", "uploadthing-hook": "callback", "x-uploadthing-signature": "hmac-sha256=00" },
        body: JSON.stringify({
          status: "uploaded",
          origin: ut.url,
          metadata: { userId: owner.id },
          file: {
            name: "x.png",
            size: 1,
            type: "image/png",
            customId: ready.customId,
            key: "forged",
            url: "",
            appUrl: "",
            ufsUrl: "",
            fileHash: "",
          },
        }),
      }),
    );
    expect(forged.status).toBe(400);
    expect((await db.pendingUpload.findUniqueOrThrow({ where: { id: ready.customId! } })).key).toBe(ready.key);
  });

  it("answers a repeated confirmation the same way without deleting the file", async () => {
    const owner = await createUser();
    const [ready] = await uploadLikeABrowser(await sessionCookie(owner), [{ name: "a.png", type: "image/png", bytes: PNG }]);
    const repeated = await confirmDirectUpload(owner.id, { key: ready.key, customId: ready.customId, size: PNG.byteLength });
    expect(repeated).toEqual({ uploadId: ready.customId, accepted: true });
    expect(ut.files.has(ready.key)).toBe(true);
    // Someone else's customer id claims nothing.
    const other = await createUser();
    expect(await confirmDirectUpload(other.id, { key: ready.key + "x", customId: ready.customId, size: PNG.byteLength })).toMatchObject({
      accepted: false,
      reason: "unknown",
    });
  });

  it("attaches an upload to one case only when two requests race for it, and never another customer's", async () => {
    const owner = await createUser();
    const cookie = await sessionCookie(owner);
    const [ready] = await uploadLikeABrowser(cookie, [{ name: "a.png", type: "image/png", bytes: PNG }]);
    const category = await complaintCategory();
    const stranger = await createUser();
    const foreign = await callRoute(postCase, {
      cookie: await sessionCookie(stranger),
      url: `${APP}/api/complaints`,
      body: { categoryId: category.id, title: "Mine", description: "x", uploadIds: [ready.customId] },
    });
    expect(foreign.status).toBe(422);
    const both = await Promise.all(
      [1, 2].map(() =>
        callRoute(postCase, {
          cookie,
          url: `${APP}/api/complaints`,
          body: { categoryId: category.id, title: "Race", description: "x", uploadIds: [ready.customId] },
        }),
      ),
    );
    expect(both.map((one) => one.status).sort()).toEqual([201, 422]);
    expect(await db.complaintAttachment.count({ where: { storageKey: ready.key } })).toBe(1);
    expect(await db.complaint.count({ where: { userId: owner.id } })).toBe(1);
  });

  it("sweeps what nobody attached (unconfirmed after an hour, unused after a day) and retries a failed delete", async () => {
    const owner = await createUser();
    const cookie = await sessionCookie(owner);
    const [unused, fresh] = await uploadLikeABrowser(cookie, [
      { name: "old.png", type: "image/png", bytes: PNG },
      { name: "new.png", type: "image/png", bytes: PNG },
    ]);
    // A presigned upload whose confirmation never came (the browser gave up, or the callback was lost).
    const asked = (await (await askToUpload(cookie, [{ name: "lost.png", type: "image/png", bytes: PNG }])).json()) as Presigned[];
    const now = new Date();
    await db.pendingUpload.update({
      where: { id: unused.customId! },
      data: { readyAt: new Date(now.getTime() - (READY_UPLOAD_HOURS * 60 + 1) * 60_000) },
    });
    await db.pendingUpload.update({
      where: { id: asked[0].customId! },
      data: { createdAt: new Date(now.getTime() - (AWAITING_UPLOAD_MINUTES + 1) * 60_000) },
    });

    const failing = { ...directUploadStore(), removeByCustomId: () => Promise.reject(new Error("UploadThing is down")) };
    expect(await sweepDirectUploads(now, failing)).toEqual({ deleted: 0, failed: 2 });
    expect(
      (await db.pendingUpload.findMany({ where: { userId: owner.id }, orderBy: { createdAt: "asc" } })).map((row) => row.status).sort(),
    ).toEqual(["DELETING", "DELETING", "READY"]);
    expect(ut.files.has(unused.key)).toBe(true);

    expect(await sweepDirectUploads(now)).toEqual({ deleted: 2, failed: 0 });
    expect(ut.files.has(unused.key)).toBe(false);
    expect(ut.files.has(fresh.key)).toBe(true);
    expect((await db.pendingUpload.findMany({ where: { userId: owner.id } })).map((row) => row.id)).toEqual([fresh.customId]);
  });
});
