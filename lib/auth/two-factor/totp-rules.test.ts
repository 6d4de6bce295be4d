import { describe, expect, it } from "vitest";
import { hashRecoveryCode, newRecoveryCodes, normalizeRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-code-rules";
import { codeAt, groupedSecret, looksLikeTotpCode, matchingStep, newTotpSecret, otpauthUri, stepAt } from "./totp-rules";

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const at = (iso: string) => new Date(iso);

describe("TOTP rules", () => {
  it("makes 160-bit base32 secrets, different each time", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(secret);
  });

  it("matches the RFC 6238 SHA-1 test vector (8 digits there; the last 6 here)", () => {
    // RFC 6238 appendix B: secret "12345678901234567890", T = 59 s → 94287082.
    const rfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    expect(codeAt(rfcSecret, new Date(59_000))).toBe("287082");
  });

  it("accepts the code of now and of one step either side, with its own step, and nothing further", () => {
    const now = at("2026-12-06T10:00:10Z");
    const step = stepAt(now);
    expect(matchingStep(SECRET, codeAt(SECRET, now), now)).toBe(step);
    expect(matchingStep(SECRET, codeAt(SECRET, new Date(now.getTime() - 30_000)), now)).toBe(step - 1);
    expect(matchingStep(SECRET, codeAt(SECRET, new Date(now.getTime() + 30_000)), now)).toBe(step + 1);
    expect(matchingStep(SECRET, codeAt(SECRET, new Date(now.getTime() - 90_000)), now)).toBeNull();
  });

  it("reads codes typed with a space or dash, and refuses anything but six digits", () => {
    const now = at("2026-12-06T10:00:10Z");
    const code = codeAt(SECRET, now);
    expect(matchingStep(SECRET, `${code.slice(0, 3)} ${code.slice(3)}`, now)).toBe(stepAt(now));
    expect(looksLikeTotpCode("123-456")).toBe(true);
    for (const bad of ["12345", "1234567", "abcdef", "", "12 34 5"]) expect(matchingStep(SECRET, bad, now)).toBeNull();
  });

  it("groups the secret for typing, and puts issuer, account and parameters in the QR address", () => {
    expect(groupedSecret(SECRET)).toBe("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP");
    const uri = otpauthUri(SECRET, { email: "admin@demo.test", issuer: "SMM Panel" });
    expect(uri).toMatch(/^otpauth:\/\/totp\/SMM%20Panel:admin%40demo\.test\?/);
    expect(uri).toContain(`secret=${SECRET}`);
    expect(uri).toContain("period=30");
    expect(uri).toContain("digits=6");
  });
});

describe("recovery code rules", () => {
  it("makes ten different xxxxx-xxxxx base32 codes", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
  });

  it("normalises case, spaces and the dash, and refuses what cannot be a code", () => {
    expect(normalizeRecoveryCode(" ABCDE-fghij ")).toBe("abcde-fghij");
    expect(normalizeRecoveryCode("abcde fghij")).toBe("abcde-fghij");
    expect(normalizeRecoveryCode("abcdefghij")).toBe("abcde-fghij");
    for (const bad of ["abcde-fghi", "abcde-fghij1", "abcd1-fghij", "123456", ""]) expect(normalizeRecoveryCode(bad)).toBeNull();
  });

  it("stores a SHA-256 of the normalised code, never the code", () => {
    const hash = hashRecoveryCode("abcde-fghij");
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain("abcde");
  });
});
