import { route } from "@/lib/http/route";
import { balanceView } from "@/lib/users/balance-view";

/** The signed-in user's own balance, for the top bar to follow after orders and payments. */
export const GET = route({ auth: "user" }, async ({ user }) => balanceView(user.id));
