import { createComplaint } from "@/lib/complaints/create-complaint";
import { listOwnComplaints } from "@/lib/complaints/list-own-complaints";
import { readComplaintForm } from "@/lib/complaints/read-form";
import { createComplaintSchema, listComplaintsQuery } from "@/lib/complaints/schemas";
import { parseWith } from "@/lib/http/validation";
import { route } from "@/lib/http/route";

/** The signed-in user's own cases: `{ items, pagination: { page, limit, total, pages } }`. */
export const GET = route({ auth: "user", query: listComplaintsQuery }, async ({ user, query }) => listOwnComplaints(user.id, query));

/** A new case: JSON, or multipart with up to 5 images in `files` (and `orderIds` repeated). */
export const POST = route({ auth: "user", status: 201 }, async ({ user, req }) => {
  const { fields, files } = await readComplaintForm(req, ["orderIds", "uploadIds"]);
  const input = parseWith(createComplaintSchema, fields);
  return createComplaint(user.id, input, files);
});
