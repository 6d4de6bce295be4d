"use server";

import { revalidatePath } from "next/cache";
import { requestPayout } from "@/lib/affiliates/request-payout";
import { requestPayoutSchema } from "@/lib/affiliates/schemas";
import { userAction } from "@/lib/http/action";

/** The customer's payout of affiliate earnings: to their panel balance at once, or a bKash/Nagad withdrawal. */
export const requestPayoutAction = userAction.schema(requestPayoutSchema).action(async (input, { user }) => {
  const result = await requestPayout(user.id, input);
  revalidatePath("/user/affiliates");
  return result;
});
