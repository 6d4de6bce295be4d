import { z } from "zod";
import { route } from "@/lib/http/route";
import { listLedger } from "@/lib/wallet/list-ledger";
import { ledgerPageSchema } from "@/lib/wallet/schemas";

export const GET = route(
  { auth: { permission: "users.read" }, params: z.object({ id: z.string().min(1).max(64) }), query: ledgerPageSchema },
  async ({ params, query }) => listLedger(params.id, query),
);
