import { randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side of now: a phone clock a little off, or a code typed just as it changed. */
const WINDOW = 1;

function totp(secretBase32: string, label = "", issuer = ""): TOTP {
  return new TOTP({
    issuer,
    label,
    secret: Secret.fromBase32(secretBase32),
    algorithm: "SHA1",
    digits: DIGITS,
    period: TOTP_PERIOD_SECONDS,
  });
}

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), in base32 for the app. */
export function newTotpSecret(): string {
  return new Secret({ buffer: Uint8Array.from(randomBytes(20)).buffer }).base32;
}

/** The time step a moment falls in. */
export function stepAt(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** What a person typed, without the spaces and dashes some apps show inside the six digits. */
export function normalizeTotpCode(input: string): string {
  return input.replace(/[\s-]/g, "");
}

export function looksLikeTotpCode(input: string): boolean {
  return /^\d{6}$/.test(normalizeTotpCode(input));
}

/**
 * The time step of the code if it is right at `now` (within one step either side), else null. Whether
 * that step was already used is the caller's check (a code is taken once: see consume-totp-step.ts).
 */
export function matchingStep(secretBase32: string, code: string, now: Date): number | null {
  const token = normalizeTotpCode(code);
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secretBase32).validate({ token, timestamp: now.getTime(), window: WINDOW });
  return delta === null ? null : stepAt(now) + delta;
}

/** The code an app shows at `now` (tests, and the demo's documented secret). */
export function codeAt(secretBase32: string, now: Date): string {
  return totp(secretBase32).generate({ timestamp: now.getTime() });
}

/** The otpauth:// address the QR code carries: the panel's name as issuer, the e-mail as the label. */
export function otpauthUri(secretBase32: string, account: { email: string; issuer: string }): string {
  return totp(secretBase32, account.email, account.issuer).toString();
}

/** The secret in groups of four, for typing into an app by hand. */
export function groupedSecret(secretBase32: string): string {
  return (
    secretBase32
      .replace(/=+$/, "")
      .match(/.{1,4}/g)
      ?.join(" ") ?? ""
  );
}
