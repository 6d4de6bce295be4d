"use server";

import { z } from "zod";
import { publicAction, userAction } from "@/lib/http/action";
import { resendEmailVerification } from "@/lib/users/request-email-verification";
import { verifyEmailSchema } from "@/lib/users/schemas";
import { verifyEmail } from "@/lib/users/verify-email";

/**
 * The link's page posts its token here: a click confirms, a link scanner's GET does not. Signed in or not.
 * No revalidation: it would re-render the link's page at once (its token now used, "already confirmed")
 * over the form's own "confirmed, thank you"; the customer pages are dynamic and read the new state anyway.
 */
export const verifyEmailAction = publicAction.schema(verifyEmailSchema).action(async ({ token }) => {
  await verifyEmail(token);
  return { verified: true };
});

/** A signed-in, unconfirmed user asks for a new link (3 an hour); older links stop working. */
export const resendVerificationAction = userAction
  .schema(z.object({}).strict())
  .action(async (_input, { user }) => resendEmailVerification(user.id));
