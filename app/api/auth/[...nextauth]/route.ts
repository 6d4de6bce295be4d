import type { NextRequest } from "next/server";
import { badCallbackUrl } from "@/lib/auth/callback-url";
import { handlers } from "@/lib/auth/auth";
import { badRequest } from "@/lib/errors/app-error";
import { route } from "@/lib/http/route";

/**
 * Auth.js's own endpoints (sign-in, sign-out, session, CSRF token), which check their CSRF token
 * themselves. A callback URL it will not follow is the caller's mistake (400), not Auth.js's 500.
 */
const authJs = (handler: (req: NextRequest) => Promise<Response>) =>
  route({ auth: "public", origin: "any" }, async ({ req }) => {
    const field = badCallbackUrl(req as NextRequest);
    if (field)
      throw badRequest("invalid_callback_url", `${field}: must be a path or an http(s) URL of this site`, {
        fields: { [field]: ["must be a path or an http(s) URL of this site"] },
      });
    return handler(req as NextRequest);
  });

export const GET = authJs(handlers.GET);
export const POST = authJs(handlers.POST);
