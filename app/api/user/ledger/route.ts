import { route } from "@/lib/http/route";
import { listLedger } from "@/lib/wallet/list-ledger";
import { ledgerPageSchema } from "@/lib/wallet/schemas";

/** The signed-in user's own ledger; there is no way to name another user here. */
export const GET = route({ auth: "user", query: ledgerPageSchema }, async ({ user, query }) => listLedger(user.id, query));
