import { describe, expect, it } from "vitest";
import { checkImages, MAX_IMAGE_BYTES } from "./check-image";

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0];
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1];
const WEBP = [0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20, 0, 0, 0, 0];
const EXE = [0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff, 0, 0];
const file = (bytes: number[] | Uint8Array, name: string, type = "image/png") => new File([Uint8Array.from(bytes)], name, { type });

describe("checkImages", () => {
  it("reads the type from the bytes and names the file by it", async () => {
    const checked = await checkImages([
      file(PNG, "a.png"),
      file(JPEG, "b.JPG", "image/jpeg"),
      file(WEBP, "c.webp", "image/webp"),
      file(PNG, "../../etc/passwd.jpg"),
    ]);
    expect(checked.map((one) => [one.mime, one.fileName])).toEqual([
      ["image/png", "a.png"],
      ["image/jpeg", "b.jpg"],
      ["image/webp", "c.webp"],
      ["image/png", "passwd.png"],
    ]);
  });

  it("refuses a renamed executable, a GIF, an empty file, a file over 5 MB and a sixth image, naming the field", async () => {
    await expect(checkImages([file(EXE, "photo.png")])).rejects.toThrow(/^files\.0: photo\.png is not a JPEG, PNG or WebP image/);
    await expect(checkImages([file([...Buffer.from("GIF89a"), 1, 0, 1, 0], "x.gif", "image/gif")])).rejects.toThrow(/^files\.0:/);
    await expect(checkImages([file(PNG, "ok.png"), file([], "empty.png")])).rejects.toThrow(/^files\.1: the file is empty/);
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1);
    big.set(PNG);
    await expect(checkImages([file(big, "big.png")])).rejects.toThrow(/^files\.0: big\.png is larger than 5 MB/);
    await expect(checkImages(Array.from({ length: 6 }, (_, i) => file(PNG, `${i}.png`)))).rejects.toThrow(/^files: at most 5 images/);
  });
});
