import { z } from "zod";
import { readAttachment } from "@/lib/complaints/read-attachment";
import { route } from "@/lib/http/route";

const params = z.object({ id: z.string().max(64) });

/** An attachment's bytes, streamed, for the case's owner and staff only (404 for anyone else). */
export const GET = route({ auth: "user", params }, async ({ user, params: { id } }) => {
  const file = await readAttachment(user, id);
  return new Response(file.body, {
    headers: {
      "content-type": file.mime,
      ...(file.size !== null ? { "content-length": String(file.size) } : {}),
      "content-disposition": `inline; filename="${file.fileName.replace(/[^\w. -]/g, "_")}"`,
      "cache-control": "private, max-age=300",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'",
    },
  });
});
