import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/auth/password-rules";

// One schema per resource, shared by forms (react-hook-form) and the server. Messages are keys
// in lib/i18n/messages (see lib/validation/issue-message.ts).
export const emailField = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const passwordField = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

/** The account a sign-up creates (also what lib/users/register-user.ts takes from scripts). */
export const accountSchema = z.object({
  email: emailField,
  password: passwordField,
  fullName: z.string().trim().min(2).max(100),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 -]{6,18}[0-9]$/, "validation.phone")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

/** Sign-up (the form and POST /api/auth/register): the account, and the Terms of service agreed to. */
export const registerSchema = accountSchema.extend({
  acceptTerms: z.boolean({ error: "validation.acceptTerms" }).refine((accepted) => accepted, "validation.acceptTerms"),
});
export type RegisterInput = z.input<typeof registerSchema>;

export const signInSchema = z.object({
  email: z.string().trim().min(1),
  password: z.string().min(1),
});
export type SignInInput = z.input<typeof signInSchema>;

export const changePasswordSchema = z.object({
  currentPassword: z.string().min(1),
  newPassword: passwordField,
});
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const requestResetSchema = z.object({ email: emailField });
export type RequestResetInput = z.input<typeof requestResetSchema>;

export const resetPasswordSchema = z.object({
  token: z.string().min(20, "validation.token").max(200, "validation.token"),
  newPassword: passwordField,
});
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

export const verifyEmailSchema = z.object({ token: z.string().min(20, "validation.token").max(200, "validation.token") });
export type VerifyEmailInput = z.input<typeof verifyEmailSchema>;

export const userIdSchema = z.object({ userId: z.string().min(1).max(64) });

export const setStatusSchema = userIdSchema.extend({ status: z.enum(["ACTIVE", "SUSPENDED"]) });
export const changeRoleSchema = userIdSchema.extend({ role: z.enum(["CUSTOMER", "SUPPORT", "ADMIN"]) });

/** A customer's own BDT per 1 USD (prices in USD, the reseller API); "" goes back to the panel's rate. */
export const setDollarRateSchema = userIdSchema.extend({
  dollarRate: z
    .string()
    .trim()
    .refine((text) => text === "" || /^\d{1,8}(\.\d{1,4})?$/.test(text), "validation.amount")
    .refine((text) => text === "" || Number(text) > 0, "validation.positive"),
});
export type SetDollarRateInput = z.input<typeof setDollarRateSchema>;
