import type { NextRequest } from "next/server";
import { createRouteHandler } from "uploadthing/next";
import { uploadRouter } from "@/lib/complaints/attachments/upload-router";
import { env } from "@/lib/env";
import { notFound } from "@/lib/errors/app-error";
import { route } from "@/lib/http/route";

/**
 * UploadThing's protocol endpoint: the browser asks here for presigned URLs (the file router checks the
 * origin and the session itself), UploadThing posts its signed confirmations here from its own servers.
 * Not found when uploads are not on UploadThing (local disk goes through the form).
 */
let handlers: ReturnType<typeof createRouteHandler> | null = null;

function uploadThing() {
  const { UPLOADTHING_TOKEN: token, APP_URL } = env();
  if (!token) throw notFound("Direct upload");
  handlers ??= createRouteHandler({
    router: uploadRouter,
    config: { token, callbackUrl: `${APP_URL}/api/uploadthing`, logLevel: "Warning" },
  });
  return handlers;
}

export const GET = route({ auth: "public" }, async ({ req }) => uploadThing().GET(req as NextRequest));
export const POST = route({ auth: "public", origin: "any" }, async ({ req }) => uploadThing().POST(req as NextRequest));
