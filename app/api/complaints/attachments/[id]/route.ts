import { NextResponse } from "next/server";
import { z } from "zod";
import { assertUser } from "@/lib/auth/guards";
import { userFromHeaders } from "@/lib/auth/session";
import { readAttachment } from "@/lib/complaints/read-attachment";
import { REQUEST_ID_HEADER, requestMeta } from "@/lib/http/request-context";
import { toFailure } from "@/lib/http/to-failure";
import { parseWith } from "@/lib/http/validation";
import { requestLogger } from "@/lib/log/logger";

const params = z.object({ id: z.string().max(64) });

/** An attachment's bytes, for the case's owner and staff only (404 for anyone else). Not through `route()`: the answer is a file, not JSON. */
export async function GET(req: Request, segment: { params: Promise<{ id: string }> }): Promise<Response> {
  const { requestId } = requestMeta(req.headers);
  try {
    const user = assertUser(await userFromHeaders(req.headers));
    const { id } = parseWith(params, await segment.params);
    const file = await readAttachment(user, id);
    return new Response(file.body, {
      headers: {
        "content-type": file.mime,
        ...(file.size !== null ? { "content-length": String(file.size) } : {}),
        "content-disposition": `inline; filename="${file.fileName.replace(/[^\w. -]/g, "_")}"`,
        "cache-control": "private, max-age=300",
        "x-content-type-options": "nosniff",
        "content-security-policy": "default-src 'none'",
        [REQUEST_ID_HEADER]: requestId,
      },
    });
  } catch (error) {
    const { status, body } = toFailure(error, requestId, requestLogger(requestId));
    return NextResponse.json(body, { status, headers: { [REQUEST_ID_HEADER]: requestId } });
  }
}
