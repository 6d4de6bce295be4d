"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { TWO_FACTOR_PAGE } from "@/lib/auth/staff-rules";
import { confirmEnrolment } from "@/lib/auth/two-factor/confirm-enrolment";
import { disableTwoFactor } from "@/lib/auth/two-factor/disable-two-factor";
import { passSecondFactor } from "@/lib/auth/two-factor/pass-second-factor";
import { regenerateRecoveryCodes } from "@/lib/auth/two-factor/regenerate-recovery-codes";
import { confirmEnrolmentSchema, secondFactorCodeSchema } from "@/lib/auth/two-factor/schemas";
import { startEnrolment } from "@/lib/auth/two-factor/start-enrolment";
import { userAction } from "@/lib/http/action";

// Every user's own second factor (TWO_FACTOR_PAGE). Plain userAction, not a permission: staff who have
// not set it up yet must reach these to do so.

export const startTwoFactorAction = userAction.schema(z.object({}).strict()).action(async (_input, { user }) => {
  await startEnrolment(user.id);
  revalidatePath(TWO_FACTOR_PAGE);
  return { started: true };
});

/** The recovery codes go back to the browser once, in this answer; only their hashes are kept. */
export const confirmTwoFactorAction = userAction.schema(confirmEnrolmentSchema).action(async ({ code }, { user, ip, requestId }) => {
  const { recoveryCodes } = await confirmEnrolment(user, code, { ip, requestId });
  return { recoveryCodes };
});

export const regenerateRecoveryCodesAction = userAction.schema(secondFactorCodeSchema).action(async ({ code }, { user }) => {
  return regenerateRecoveryCodes(user.id, code);
});

export const disableTwoFactorAction = userAction.schema(secondFactorCodeSchema).action(async ({ code }, { user, ip, requestId }) => {
  const result = await disableTwoFactor(user.id, code, { ip, requestId });
  revalidatePath(TWO_FACTOR_PAGE);
  return result;
});

export const passSecondFactorAction = userAction.schema(secondFactorCodeSchema).action(async ({ code }, { user }) => {
  const result = await passSecondFactor(user, code);
  revalidatePath(TWO_FACTOR_PAGE);
  return result;
});
