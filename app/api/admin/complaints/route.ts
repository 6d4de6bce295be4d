import { listComplaintQueue } from "@/lib/complaints/list-queue";
import { queueQuerySchema } from "@/lib/complaints/queue-query";
import { route } from "@/lib/http/route";

/** The staff queue with filters (status, priority, category, assignee, order, payment, age, q). */
export const GET = route({ auth: { permission: "complaints.manage" }, query: queueQuerySchema }, async ({ user, query }) => {
  const { page, limit, assignee, ...filters } = query;
  return listComplaintQueue({ ...filters, assignee: assignee === "me" ? user.id : assignee }, { page, limit });
});
