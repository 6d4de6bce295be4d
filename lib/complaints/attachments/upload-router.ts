import { createUploadthing, type FileRouter } from "uploadthing/next";
import { UploadThingError, UTFiles } from "uploadthing/server";
import { userFromHeaders } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors/app-error";
import { isSameOriginRequest } from "@/lib/http/same-origin";
import { beginDirectUploads } from "./begin-direct-uploads";
import { confirmDirectUpload } from "./confirm-direct-upload";

const f = createUploadthing();
/** UploadThing sizes are powers of two; the panel's own 5 MB rule is applied to each file in the middleware and again to the confirmed bytes. */
const IMAGE = { maxFileSize: "8MB", maxFileCount: 5, acl: "private" } as const;

/**
 * The one UploadThing route: complaint images, sent by the customer's browser straight to UploadThing.
 * The middleware runs on the panel before any URL is signed (same origin, signed in, the panel's image
 * rules); the confirmation is UploadThing's signed callback, checked by the SDK before it gets here.
 */
export const uploadRouter = {
  complaintImage: f({ "image/jpeg": IMAGE, "image/png": IMAGE, "image/webp": IMAGE }, { awaitServerData: true, presignedURLTTL: "10m" })
    .middleware(async ({ req, files }) => {
      if (!isSameOriginRequest(req.method, req.headers))
        throw new UploadThingError({ code: "FORBIDDEN", message: "origin: requests from other sites cannot upload here" });
      const user = await userFromHeaders(req.headers);
      if (!user) throw new UploadThingError({ code: "FORBIDDEN", message: "Sign in to continue." });
      try {
        const ids = await beginDirectUploads(user.id, files);
        return { userId: user.id, [UTFiles]: files.map((file, index) => ({ ...file, customId: ids[index] })) };
      } catch (error) {
        if (isAppError(error))
          throw new UploadThingError({ code: error.status === 413 ? "TOO_LARGE" : "BAD_REQUEST", message: error.message });
        throw error;
      }
    })
    .onUploadComplete(({ metadata, file }) =>
      confirmDirectUpload(metadata.userId, { key: file.key, customId: file.customId, size: file.size }),
    ),
} satisfies FileRouter;

export type UploadRouter = typeof uploadRouter;
