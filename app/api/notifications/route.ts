import { z } from "zod";
import { route } from "@/lib/http/route";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-read";

/** The bell polls this: the newest notices and the unread count. */
export const GET = route(
  { auth: "user", query: z.object({ take: z.coerce.number().int().min(1).max(100).default(10), unread: z.enum(["1", "0"]).default("0") }) },
  async ({ user, query }) => listNotifications(user.id, { take: query.take, unreadOnly: query.unread === "1" }),
);

/** Mark one (`{ id }`) or all (`{ all: true }`) read; only the caller's own notices change. */
export const POST = route(
  { auth: "user", body: z.union([z.object({ id: z.string().min(1).max(64) }), z.object({ all: z.literal(true) })]) },
  async ({ user, body }) => ({ marked: await markNotificationsRead(user.id, body) }),
);
