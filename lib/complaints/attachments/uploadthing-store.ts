import { UTApi, UTFile } from "uploadthing/server";
import type { FileStore } from "./file-store";

/**
 * UploadThing through its server SDK: files are uploaded private and read back through a short-lived
 * signed URL by the access-checked download route. Not exercised by the tests here (no network to
 * UploadThing); the local store behind the same interface is.
 */
export function uploadThingStore(token: string): FileStore {
  const api = new UTApi({ token });
  return {
    kind: "uploadthing",
    async put(file) {
      const result = await api.uploadFiles(new UTFile([file.bytes as Uint8Array<ArrayBuffer>], file.fileName, { type: file.mime }), { acl: "private" });
      if (result.error) throw new Error(`UploadThing refused the file: ${result.error.code}`);
      return { storage: "uploadthing", key: result.data.key };
    },
    async read(key) {
      const { ufsUrl } = await api.generateSignedURL(key, { expiresIn: 60 });
      const response = await fetch(ufsUrl, { signal: AbortSignal.timeout(15_000) });
      if (response.status === 404) return null;
      if (!response.ok || !response.body) throw new Error(`UploadThing answered ${response.status}`);
      const size = Number(response.headers.get("content-length"));
      return { body: response.body, size: Number.isSafeInteger(size) && size > 0 ? size : null };
    },
    async remove(keys) {
      if (keys.length) await api.deleteFiles(keys);
    },
  };
}
