import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { FAVICON_SIZE, MAX_BRAND_IMAGE_BYTES, prepareBrandImage } from "./brand-image";

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** A solid image of the given size and format, made by sharp. */
async function image(width: number, height: number, format: "png" | "jpeg" | "webp" | "gif"): Promise<Uint8Array> {
  const solid = sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 60 } } });
  return new Uint8Array(await solid.toFormat(format).toBuffer());
}
const file = (bytes: Uint8Array, name: string, type = "image/png") => new File([bytes as Uint8Array<ArrayBuffer>], name, { type });

describe("prepareBrandImage", () => {
  it("fits a logo in 384 × 96 keeping its aspect, as PNG, whatever it came as", async () => {
    const wide = await prepareBrandImage("logo", file(await image(1000, 100, "jpeg"), "wide.jpg", "image/jpeg"));
    expect([wide.width, wide.height, wide.mime, wide.ext]).toEqual([384, 38, "image/png", "png"]);
    expect([...wide.bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    const meta = await sharp(wide.bytes).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 384, 38]);

    const tall = await prepareBrandImage("logo", file(await image(100, 400, "webp"), "tall.webp", "image/webp"));
    expect([tall.width, tall.height]).toEqual([24, 96]);
    // A small logo is never blown up.
    const small = await prepareBrandImage("logo", file(await image(50, 20, "png"), "small.png"));
    expect([small.width, small.height]).toEqual([50, 20]);
  });

  it("makes the favicon a 64 × 64 PNG, the image contained on a transparent ground", async () => {
    const favicon = await prepareBrandImage("favicon", file(await image(300, 100, "webp"), "icon.webp", "image/webp"));
    expect([favicon.width, favicon.height, favicon.mime]).toEqual([FAVICON_SIZE, FAVICON_SIZE, "image/png"]);
    const { data, info } = await sharp(favicon.bytes).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(4);
    const alphaAt = (x: number, y: number) => data[(y * info.width + x) * 4 + 3];
    expect(alphaAt(0, 0)).toBe(0); // above the 64 × 21 band: transparent
    expect(alphaAt(32, 32)).toBe(255); // the image itself
  });

  it("reads the type from the bytes: a renamed text file, a GIF and a broken PNG are refused, naming the field", async () => {
    const text = new TextEncoder().encode("not an image at all, only words\n".repeat(10));
    await expect(prepareBrandImage("logo", file(text, "logo.png"))).rejects.toThrow(/^file: is not a PNG, JPEG or WebP image$/);
    await expect(prepareBrandImage("logo", file(await image(10, 10, "gif"), "anim.png"))).rejects.toThrow(/^file: is not a PNG/);
    const broken = new Uint8Array([...PNG_MAGIC, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Array(40).fill(7)]);
    await expect(prepareBrandImage("favicon", file(broken, "broken.png"))).rejects.toThrow(/^file: could not be read as an image/);
  });

  it("refuses an empty file and one over 2 MB before decoding it", async () => {
    await expect(prepareBrandImage("logo", file(new Uint8Array(), "empty.png"))).rejects.toThrow(/^file: the file is empty$/);
    const big = new Uint8Array(MAX_BRAND_IMAGE_BYTES + 1);
    big.set(await image(10, 10, "png"));
    await expect(prepareBrandImage("logo", file(big, "big.png"))).rejects.toThrow(/^file: is larger than 2 MB$/);
  });
});
