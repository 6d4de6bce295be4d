import { describe, expect, it } from "vitest";
import { decryptSecret, encryptSecret, secretHint } from "./secret-box";

describe("secret box (AES-256-GCM)", () => {
  it("round-trips and never stores the plain text", () => {
    const sealed = encryptSecret("provider-api-key-123456");
    expect(sealed).not.toContain("provider-api-key");
    expect(sealed.startsWith("v1.")).toBe(true);
    expect(decryptSecret(sealed)).toBe("provider-api-key-123456");
    expect(encryptSecret("same")).not.toBe(encryptSecret("same")); // fresh IV each time
  });

  it("refuses tampered ciphertext and another key", () => {
    const sealed = encryptSecret("provider-api-key-123456");
    const parts = sealed.split(".");
    const flipped = Buffer.from(parts[3], "base64url");
    flipped[0] ^= 1;
    expect(() => decryptSecret([...parts.slice(0, 3), flipped.toString("base64url")].join("."))).toThrow();
    expect(() => decryptSecret(sealed, Buffer.alloc(32, 9))).toThrow();
    expect(() => decryptSecret("garbage")).toThrow(/unknown format/);
  });

  it("hints at a key by its last four characters only", () => {
    expect(secretHint("abcdefgh12345678")).toBe("…5678");
    expect(secretHint("short")).toBe("…");
  });
});
