import type { NextRequest } from "next/server";
import { createRouteHandler } from "uploadthing/next";
import { uploadRouter } from "@/lib/complaints/attachments/upload-router";
import { env } from "@/lib/env";

/**
 * UploadThing's protocol endpoint: the browser asks here for presigned URLs, UploadThing posts its signed
 * confirmations here. Answers 404 when uploads are not on UploadThing (local disk goes through the form).
 */
let handlers: ReturnType<typeof createRouteHandler> | null = null;

function handlersOrNull() {
  const { UPLOADTHING_TOKEN: token, APP_URL } = env();
  if (!token) return null;
  handlers ??= createRouteHandler({ router: uploadRouter, config: { token, callbackUrl: `${APP_URL}/api/uploadthing`, logLevel: "Warning" } });
  return handlers;
}

const notConfigured = () => Response.json({ success: false, error: { code: "not_found", message: "Uploads go through the form here." } }, { status: 404 });

export async function GET(req: NextRequest) {
  return (await handlersOrNull()?.GET(req)) ?? notConfigured();
}

export async function POST(req: NextRequest) {
  return (await handlersOrNull()?.POST(req)) ?? notConfigured();
}
