import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { badCallbackUrl } from "@/lib/auth/callback-url";

type Handler = (req: NextRequest) => Promise<Response>;

/** Auth.js throws (500) on a callback URL it will not follow; that is the caller's mistake: 400. */
function refusingBadCallbackUrl(handler: Handler): Handler {
  return async (req) => {
    const field = badCallbackUrl(req);
    if (!field) return handler(req);
    return Response.json({ success: false, error: { code: "invalid_callback_url", message: `${field}: must be a path or an http(s) URL of this site` } }, { status: 400 });
  };
}

export const GET = refusingBadCallbackUrl(handlers.GET);
export const POST = refusingBadCallbackUrl(handlers.POST);
