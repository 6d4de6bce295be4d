import { countWaitingWork } from "@/lib/admin-console/waiting-work";
import { route } from "@/lib/http/route";

/** The owner's console badges: counts of work waiting for a person, only those the caller's role may list. */
export const GET = route({ auth: { permission: "admin.access" } }, async ({ user }) => countWaitingWork(user.role));
