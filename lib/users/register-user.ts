import { db, Prisma } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { conflict } from "@/lib/errors/app-error";
import type { z } from "zod";
import type { registerSchema } from "./schemas";

export type RegisteredUser = { userId: string; email: string; fullName: string };

/** Creates a customer account. A taken e-mail is a 409 naming the field. */
export async function registerUser(input: z.infer<typeof registerSchema>): Promise<RegisteredUser> {
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.user.create({
      data: { email: input.email, fullName: input.fullName, phone: input.phone ?? null, passwordHash },
      select: { id: true, email: true, fullName: true },
    });
    return { userId: user.id, email: user.email, fullName: user.fullName };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw conflict("email_taken", "email: an account with this e-mail already exists", {
        fields: { email: ["an account with this e-mail already exists"] },
      });
    }
    throw error;
  }
}
