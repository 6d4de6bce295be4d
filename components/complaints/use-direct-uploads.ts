"use client";

import { useTranslations } from "next-intl";
import { genUploader } from "uploadthing/client";
import type { UploadRouter } from "@/lib/complaints/attachments/upload-router";
import { MAX_IMAGE_BYTES, MAX_IMAGES } from "@/lib/complaints/attachments/limits";
import type { FieldErrors } from "./send-form";

const IMAGE_TYPES = ["image/jpeg", "image/png", "image/webp"];
const { uploadFiles } = genUploader<UploadRouter>({ url: "/api/uploadthing", package: "@uploadthing/react" });

/**
 * With UploadThing, images never pass through the panel's functions (Vercel refuses bodies over 4.5 MB):
 * before a form is sent, its `files` go from the browser straight to UploadThing and are replaced by the
 * `uploadIds` the panel confirmed. Without it (local disk), the form is left as it is.
 * Returns field errors when an image is refused, else null.
 */
export function useDirectUploads(enabled: boolean) {
  const t = useTranslations("complaints.upload");
  return async function moveImagesToUploadThing(form: FormData): Promise<FieldErrors | null> {
    if (!enabled) return null;
    const files = form.getAll("files").filter((value): value is File => value instanceof File && value.size > 0);
    form.delete("files");
    if (files.length === 0) return null;
    if (files.length > MAX_IMAGES) return { files: t("tooMany", { max: MAX_IMAGES }) };
    for (const file of files) {
      if (!IMAGE_TYPES.includes(file.type)) return { files: t("notImage", { name: file.name }) };
      if (file.size > MAX_IMAGE_BYTES) return { files: t("tooLarge", { name: file.name }) };
    }
    try {
      const uploaded = await uploadFiles("complaintImage", { files });
      for (const one of uploaded) {
        if (!one.serverData?.accepted) return { files: t("refused", { name: one.name }) };
        form.append("uploadIds", one.serverData.uploadId);
      }
      return null;
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^files(\.\d+)?: /, "") : String(error);
      return { files: t("failed", { reason }) };
    }
  };
}
