import { UTApi, UTFile } from "uploadthing/server";
import type { FileStore } from "./file-store";

const READ_TIMEOUT_MS = 15_000;

/**
 * UploadThing through its server SDK: files are private and read back through a short-lived signed URL
 * by the access-checked download route. UploadThing's own settings (UPLOADTHING_API_URL, …_INGEST_URL,
 * …_UFS_HOST) are read by the SDK itself; the tests point them at a local stand-in.
 */
export function uploadThingStore(token: string): FileStore & { readHead(key: string, bytes: number): Promise<Uint8Array | null> } {
  const api = new UTApi({ token });
  const signedFetch = async (key: string, headers: HeadersInit = {}) => {
    const { ufsUrl } = await api.generateSignedURL(key, { expiresIn: 60 });
    const response = await fetch(ufsUrl, { headers, signal: AbortSignal.timeout(READ_TIMEOUT_MS) });
    if (response.status === 404) return null;
    if (!response.ok || !response.body) throw new Error(`UploadThing answered ${response.status}`);
    return response;
  };
  return {
    kind: "uploadthing",
    async put(file) {
      const result = await api.uploadFiles(new UTFile([file.bytes as Uint8Array<ArrayBuffer>], file.fileName, { type: file.mime }), {
        acl: "private",
      });
      if (result.error) throw new Error(`UploadThing refused the file: ${result.error.code}`);
      return { storage: "uploadthing", key: result.data.key };
    },
    async read(key) {
      const response = await signedFetch(key);
      if (!response) return null;
      const size = Number(response.headers.get("content-length"));
      return { body: response.body!, size: Number.isSafeInteger(size) && size > 0 ? size : null };
    },
    /** The first `bytes` bytes (a Range request), enough to read the file's type. */
    async readHead(key, bytes) {
      const response = await signedFetch(key, { range: `bytes=0-${bytes - 1}` });
      if (!response) return null;
      const head = new Uint8Array(await response.arrayBuffer());
      return head.subarray(0, bytes);
    },
    async remove(keys) {
      if (keys.length) await api.deleteFiles(keys);
    },
  };
}

/** Deletes files by the customId the panel gave them (a file whose key the panel never learnt). */
export async function removeByCustomId(token: string, customIds: string[]): Promise<void> {
  if (customIds.length) await new UTApi({ token }).deleteFiles(customIds, { keyType: "customId" });
}
