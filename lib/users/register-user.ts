import { db, Prisma } from "@/lib/db";
import { referrerForCode } from "@/lib/affiliates/referrer-for-code";
import { hashPassword } from "@/lib/auth/password";
import { getBrand } from "@/lib/brand/brand";
import type { AppLocale } from "@/lib/i18n/config";
import { conflict } from "@/lib/errors/app-error";
import type { z } from "zod";
import { sendSignUpVerification } from "./request-email-verification";
import type { accountSchema } from "./schemas";

export type RegisteredUser = { userId: string; email: string; fullName: string };

/**
 * Creates a customer account. Its language is the one the page was read in (`locale`), else the
 * panel's default language (brand settings). A taken e-mail is a 409 naming the field. The account
 * starts unconfirmed and is sent a confirmation link (lib/users/request-email-verification.ts). A
 * `referralCode` (the browser's referral cookie) ties the account to its referrer (lib/affiliates).
 */
export async function registerUser(
  input: z.infer<typeof accountSchema>,
  options: { locale?: AppLocale; referralCode?: string | null } = {},
): Promise<RegisteredUser> {
  const passwordHash = await hashPassword(input.password);
  const locale = options.locale ?? (await getBrand()).defaultLocale;
  // The referral link the browser came through (first touch), tied once, here at creation.
  const referredById = await referrerForCode(options.referralCode);
  let created: RegisteredUser;
  try {
    const user = await db.user.create({
      data: {
        email: input.email,
        fullName: input.fullName,
        phone: input.phone ?? null,
        passwordHash,
        locale,
        emailVerifiedAt: null,
        referredById,
      },
      select: { id: true, email: true, fullName: true },
    });
    created = { userId: user.id, email: user.email, fullName: user.fullName };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict("email_taken", "email: an account with this e-mail already exists", {
        fields: { email: ["an account with this e-mail already exists"] },
      });
    }
    throw error;
  }
  // The row is committed: the confirmation mail goes now, and a mail failure never undoes the sign-up.
  await sendSignUpVerification(created.userId);
  return created;
}
