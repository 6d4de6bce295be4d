import { z } from "zod";
import { route } from "@/lib/http/route";
import { adjustBalance } from "@/lib/wallet/adjust-balance";
import { adjustBalanceSchema } from "@/lib/wallet/schemas";

export const POST = route(
  {
    auth: { permission: "wallet.adjust" },
    params: z.object({ id: z.string().min(1).max(64) }),
    body: adjustBalanceSchema.omit({ userId: true }),
  },
  async ({ params, body, user, ip, requestId }) => adjustBalance({ ...body, userId: params.id }, { id: user.id, ip, requestId }),
);
