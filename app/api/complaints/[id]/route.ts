import { z } from "zod";
import { getComplaint } from "@/lib/complaints/get-complaint";
import { readComplaintForm } from "@/lib/complaints/read-form";
import { updateComplaint } from "@/lib/complaints/update-complaint";
import { updateComplaintSchema } from "@/lib/complaints/schemas";
import { parseWith } from "@/lib/http/validation";
import { route } from "@/lib/http/route";
import { intId } from "@/lib/validation/int4";

const params = z.object({ id: intId() });

/** One case with its timeline (internal notes for staff only); someone else's case is a 404. */
export const GET = route({ auth: "user", params }, async ({ user, params }) => getComplaint(user, params.id));

/** Status and notes: staff; the customer may reply (images in `files`) or close. */
export const PUT = route({ auth: "user", params }, async ({ user, params, req }) => {
  const { fields, files } = await readComplaintForm(req, ["uploadIds"]);
  const input = parseWith(updateComplaintSchema, fields);
  return updateComplaint(user, params.id, input, files);
});
