import { inRequestScope } from "@/tests/bad-input/request-scope"; // first: it sets up Next's request storage
import { existsSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { afterAll, describe, expect, it, vi } from "vitest";
import { DELETE as removeImage, POST as uploadImage } from "@/app/api/admin/brand/[image]/route";
import { GET as serveImage } from "@/app/brand/[image]/route";
import { saveBrandProfileAction } from "@/lib/actions/admin/brand";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { getSetting } from "@/lib/settings/settings";
import { createUser, sessionCookie } from "@/tests/factories";
import { getBrand } from "./brand";
import { DEFAULT_BRAND_PROFILE, type BrandImage } from "./schemas";

// Next's cache is not there outside a server; the action's call to it is what matters here.
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const ORIGIN = "http://localhost:3999";
type Actor = Parameters<typeof sessionCookie>[0];

const inScopeOf = async (user: Actor) => {
  const headers = new Headers({
    origin: ORIGIN,
    host: "localhost:3999",
    "x-forwarded-for": "203.0.113.93",
    cookie: await sessionCookie(user),
  });
  return <T>(run: () => Promise<T>) => inRequestScope(headers, run);
};

const png = async (width: number, height: number) =>
  new Uint8Array(
    await sharp({ create: { width, height, channels: 4, background: "#0f766e" } })
      .png()
      .toBuffer(),
  );

/** A multipart upload to /api/admin/brand/<image>, as the settings page sends it. */
async function upload(cookie: string, image: string, file: File | string | null, headers: Record<string, string> = {}) {
  const form = new FormData();
  if (file !== null) form.append("file", file);
  const req = new Request(`${ORIGIN}/api/admin/brand/${image}`, {
    method: "POST",
    body: form,
    headers: { cookie, origin: ORIGIN, ...headers },
  });
  const res = await uploadImage(req, { params: Promise.resolve({ image }) });
  return {
    status: res.status,
    json: (await res.json()) as { success: boolean; data?: { image: BrandImage; url: string }; error?: { code: string; message: string } },
  };
}

async function serve(image: string, version?: string) {
  const url = `${ORIGIN}/brand/${image}${version ? `?v=${version}` : ""}`;
  return serveImage(new Request(url), { params: Promise.resolve({ image }) });
}

const onDisk = (image: NonNullable<BrandImage>) => existsSync(path.resolve(env().UPLOAD_DIR, image.key));
const auditRows = (key: string, actorId: string) => db.auditLog.count({ where: { objectType: "setting", objectId: key, actorId } });

afterAll(async () => {
  await db.setting.deleteMany({ where: { key: { in: ["brand.profile", "brand.logo", "brand.favicon"] } } });
});

describe("brand settings", () => {
  it("saves the profile through the action with one audit row, and every reader sees it", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const profile = {
      ...DEFAULT_BRAND_PROFILE,
      name: "Boost BD",
      color: "#0F766E",
      supportEmail: "help@boost.example",
      defaultLocale: "bn" as const,
    };
    const saved = await (await inScopeOf(admin))(() => saveBrandProfileAction(profile));
    expect(saved).toEqual({ success: true, data: { saved: true } });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout"); // every page shows the brand
    expect(await auditRows("brand.profile", admin.id)).toBe(1);
    const row = await db.auditLog.findFirstOrThrow({ where: { objectId: "brand.profile", actorId: admin.id } });
    expect(row).toMatchObject({ action: "setting.update", after: { value: { name: "Boost BD", color: "#0f766e" } } });
    expect(await getBrand()).toMatchObject({ name: "Boost BD", color: "#0f766e", defaultLocale: "bn", logo: null, favicon: null });
  });

  it("refuses bad profiles naming the field, NULs and colours too light for white text included, and writes nothing", async () => {
    const [admin, support] = await Promise.all([createUser({ role: "ADMIN" }), createUser({ role: "SUPPORT" })]);
    const asAdmin = await inScopeOf(admin);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "Boost\u0000BD" }, "name: must not contain NUL characters"],
      [{ footerBn: "a\u0000" }, "footerBn: must not contain NUL characters"],
      [{ color: "#fde047" }, "color: is too light for white text on buttons: pick a darker colour"],
      [{ color: "blue" }, "color: must be a colour such as #1d4ed8"],
      [{ name: "Two\nlines" }, "name: must be one line"],
      [{ name: "  " }, "name: is required"],
      [{ facebook: "javascript:alert(1)" }, "facebook: must be an http:// or https:// URL"],
      [{ defaultLocale: "fr" }, "defaultLocale:"],
    ];
    for (const [change, message] of cases) {
      const answer = await asAdmin(() => saveBrandProfileAction({ ...DEFAULT_BRAND_PROFILE, ...change } as never));
      expect(answer, JSON.stringify(change)).toMatchObject({ success: false, error: { code: "validation_failed" } });
      expect((answer as { error: { message: string } }).error.message.startsWith(message), answer.success ? "" : answer.error.message).toBe(
        true,
      );
    }
    const refused = await (await inScopeOf(support))(() => saveBrandProfileAction(DEFAULT_BRAND_PROFILE));
    expect(refused).toMatchObject({ success: false, error: { code: "forbidden" } });
    expect(await db.auditLog.count({ where: { objectId: "brand.profile", actorId: { in: [admin.id, support.id] } } })).toBe(0);
  });

  it("uploads a logo: resized, stored, served with its type; a replacement removes the old file, removal the last", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const cookie = await sessionCookie(admin);
    const first = await upload(cookie, "logo", new File([await png(800, 200)], "logo.png", { type: "image/png" }));
    expect(first.status).toBe(200);
    const logo = first.json.data!.image!;
    expect(logo).toMatchObject({ storage: "local", mime: "image/png", width: 384, height: 96 });
    expect(logo.key).toMatch(/^brand\/[0-9a-f-]{36}\.png$/);
    expect(first.json.data!.url).toBe(`/brand/logo?v=${logo.version}`);
    expect(onDisk(logo)).toBe(true);
    expect(await getSetting("brand.logo")).toEqual(logo);
    expect(await auditRows("brand.logo", admin.id)).toBe(1);

    const served = await serve("logo", logo.version);
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("image/png");
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const meta = await sharp(new Uint8Array(await served.arrayBuffer())).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 384, 96]);
    // An old or missing version is not cached for long: the next page may name a new one.
    expect((await serve("logo", "old")).headers.get("cache-control")).toBe("public, max-age=60");
    expect((await serve("logo")).headers.get("cache-control")).toBe("public, max-age=60");

    const second = await upload(cookie, "logo", new File([await png(40, 40)], "small.webp", { type: "image/webp" }));
    const replacement = second.json.data!.image!;
    expect([replacement.width, replacement.height]).toEqual([40, 40]);
    expect(replacement.version).not.toBe(logo.version);
    expect(onDisk(replacement)).toBe(true);
    expect(onDisk(logo)).toBe(false);

    const removeReq = new Request(`${ORIGIN}/api/admin/brand/logo`, { method: "DELETE", headers: { cookie, origin: ORIGIN } });
    const removed = await removeImage(removeReq, { params: Promise.resolve({ image: "logo" }) });
    expect(await removed.json()).toEqual({ success: true, data: { removed: true } });
    expect(onDisk(replacement)).toBe(false);
    expect(await getSetting("brand.logo")).toBeNull();
    expect((await serve("logo")).status).toBe(404);
    expect(await auditRows("brand.logo", admin.id)).toBe(3);
    // Removing again changes nothing and writes nothing.
    const again = await removeImage(new Request(removeReq), { params: Promise.resolve({ image: "logo" }) });
    expect(await again.json()).toEqual({ success: true, data: { removed: false } });
    expect(await auditRows("brand.logo", admin.id)).toBe(3);
  });

  it("makes the favicon a 64 px PNG and serves it; unknown image names are 404", async () => {
    const admin = await createUser({ role: "ADMIN" });
    const answer = await upload(await sessionCookie(admin), "favicon", new File([await png(300, 120)], "f.png", { type: "image/png" }));
    expect(answer.json.data!.image).toMatchObject({ mime: "image/png", width: 64, height: 64 });
    const served = await serve("favicon", answer.json.data!.image!.version);
    expect([served.status, served.headers.get("content-type")]).toEqual([200, "image/png"]);
    expect((await serve("secrets")).status).toBe(404);
    expect((await serve("constructor")).status).toBe(404);
  });

  it("refuses bad uploads with a 4xx naming the field, keeps the setting, and leaves no file behind", async () => {
    const [admin, customer] = await Promise.all([createUser({ role: "ADMIN" }), createUser()]);
    const cookie = await sessionCookie(admin);
    const before = await getSetting("brand.favicon");
    const text = new File([new TextEncoder().encode("just words, not pixels\n".repeat(20))], "logo.png", { type: "image/png" });
    const cases: [Awaited<ReturnType<typeof upload>>, number, string][] = [
      [await upload(cookie, "logo", text), 422, "file: is not a PNG, JPEG or WebP image"],
      [await upload(cookie, "logo", null), 422, "file: choose an image file"],
      [await upload(cookie, "logo", "a text field"), 422, "file: choose an image file"],
      [await upload(cookie, "logo", new File([await png(10, 10)], "a\u0000.png")), 422, "file: must not contain NUL characters"],
      [await upload(cookie, "favicon", new File([], "empty.png")), 422, "file: the file is empty"],
      [await upload(cookie, "banner", new File([await png(10, 10)], "b.png")), 422, "image:"],
      [await upload(await sessionCookie(customer), "logo", new File([await png(10, 10)], "c.png")), 403, "You do not have permission"],
      [await upload(cookie, "logo", new File([await png(10, 10)], "x.png"), { origin: "https://evil.example" }), 403, ""],
    ];
    for (const [answer, status, message] of cases) {
      expect(answer.status, answer.json.error?.message).toBe(status);
      expect(answer.json.error?.message.startsWith(message), answer.json.error?.message).toBe(true);
    }
    const json = new Request(`${ORIGIN}/api/admin/brand/logo`, {
      method: "POST",
      body: JSON.stringify({ file: "x" }),
      headers: { cookie, origin: ORIGIN, "content-type": "application/json" },
    });
    const wrongType = await uploadImage(json, { params: Promise.resolve({ image: "logo" }) });
    expect(wrongType.status).toBe(415);
    expect(await getSetting("brand.favicon")).toEqual(before);
    expect(await db.setting.count({ where: { key: "brand.logo", value: { not: Prisma.JsonNull } } })).toBe(0);
  });
});
