import { bulkComplaints } from "@/lib/complaints/bulk-complaints";
import { bulkSchema } from "@/lib/complaints/queue-query";
import { route } from "@/lib/http/route";

/** Assign or close many cases; one result per case. */
export const POST = route({ auth: { permission: "complaints.manage" }, body: bulkSchema }, async ({ user, body }) => {
  const { ids, ...action } = body;
  return bulkComplaints(user, ids, action);
});
