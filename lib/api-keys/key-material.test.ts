import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashApiKey, KEY_PREFIX, newKeyMaterial, VISIBLE_CHARS } from "./key-material";

describe("API key material", () => {
  it("makes 256-bit random keys with a visible prefix, stored as their SHA-256 only", () => {
    const { key, prefix, keyHash } = newKeyMaterial();
    expect(key).toMatch(/^smm_[A-Za-z0-9_-]{43}$/);
    expect(key.startsWith(KEY_PREFIX)).toBe(true);
    expect(prefix).toBe(key.slice(0, VISIBLE_CHARS));
    expect(keyHash).toBe(createHash("sha256").update(key).digest("hex"));
    expect(keyHash).not.toContain(key.slice(VISIBLE_CHARS));
    expect(hashApiKey(key)).toBe(keyHash);
  });

  it("never repeats a key", () => {
    const keys = new Set(Array.from({ length: 1000 }, () => newKeyMaterial().key));
    expect(keys.size).toBe(1000);
  });
});
