import { NextResponse } from "next/server";
import { assertPermission } from "@/lib/auth/guards";
import { userFromHeaders } from "@/lib/auth/session";
import { importServices } from "@/lib/catalog/import-services";
import { importSchema } from "@/lib/catalog/schemas";
import { requestLogger } from "@/lib/log/logger";
import { readBody } from "@/lib/http/read-body";
import { REQUEST_ID_HEADER, requestMeta } from "@/lib/http/request-context";
import { ndjsonResponse } from "@/lib/http/stream";
import { toFailure } from "@/lib/http/to-failure";
import { parseWith } from "@/lib/http/validation";

/**
 * Imports services and streams progress as NDJSON: {"type":"progress","done","total"} lines, then
 * {"type":"done","result"} or {"type":"error","error"}. Auth and input errors answer before streaming.
 */
export async function POST(req: Request) {
  const { requestId, ip } = requestMeta(req.headers);
  const log = requestLogger(requestId);
  let user;
  let input;
  try {
    user = assertPermission(await userFromHeaders(req.headers), "catalog.manage");
    input = parseWith(importSchema, await readBody(req));
  } catch (error) {
    const { status, body } = toFailure(error, requestId, log);
    return NextResponse.json(body, { status, headers: { [REQUEST_ID_HEADER]: requestId } });
  }
  const actor = { id: user.id, ip };
  return ndjsonResponse(async (send) => {
    try {
      const result = await importServices(input, actor, (progress) => send({ type: "progress", ...progress }));
      send({ type: "done", result });
    } catch (error) {
      send({ type: "error", error: toFailure(error, requestId, log).body.error });
    }
  }, { [REQUEST_ID_HEADER]: requestId });
}
