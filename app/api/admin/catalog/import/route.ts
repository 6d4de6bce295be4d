import { importServices } from "@/lib/catalog/import-services";
import { importSchema } from "@/lib/catalog/schemas";
import { route } from "@/lib/http/route";
import { ndjsonResponse } from "@/lib/http/stream";
import { toFailure } from "@/lib/http/to-failure";

/**
 * Imports services and streams progress as NDJSON: {"type":"progress","done","total"} lines, then
 * {"type":"done","result"} or {"type":"error","error"}. Auth and input errors answer before streaming.
 */
export const POST = route({ auth: { permission: "catalog.manage" }, body: importSchema }, async ({ user, ip, body, requestId, log }) =>
  ndjsonResponse(async (send) => {
    try {
      const result = await importServices(body, { id: user.id, ip }, (progress) => send({ type: "progress", ...progress }));
      send({ type: "done", result });
    } catch (error) {
      send({ type: "error", error: toFailure(error, requestId, log).body.error });
    }
  }),
);
