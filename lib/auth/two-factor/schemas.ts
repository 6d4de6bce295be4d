import { z } from "zod";
import { signInSchema, userIdSchema } from "@/lib/users/schemas";
import { looksLikeTotpCode } from "./totp-rules";
import { normalizeRecoveryCode } from "./recovery-code-rules";

/** The six digits from the app (spaces allowed: some apps show "123 456"). */
export const totpCodeField = z
  .string()
  .trim()
  .max(20, "validation.twoFactor.totpCode")
  .refine(looksLikeTotpCode, "validation.twoFactor.totpCode");

/** The six digits, or one of the recovery codes. */
export const secondFactorCodeField = z
  .string()
  .trim()
  .max(40, "validation.twoFactor.code")
  .refine((code) => looksLikeTotpCode(code) || normalizeRecoveryCode(code) !== null, "validation.twoFactor.code");

/** Sign-in, both steps: the code is sent only once the panel has asked for it. */
export const signInWithCodeSchema = signInSchema.extend({
  code: z.string().trim().max(40, "validation.twoFactor.code").optional(),
});
export type SignInWithCodeInput = z.input<typeof signInWithCodeSchema>;

export const confirmEnrolmentSchema = z.object({ code: totpCodeField });
export const secondFactorCodeSchema = z.object({ code: secondFactorCodeField });
export type SecondFactorCodeInput = z.input<typeof secondFactorCodeSchema>;
export const resetTwoFactorSchema = userIdSchema;
