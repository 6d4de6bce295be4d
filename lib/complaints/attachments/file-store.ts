import { env } from "@/lib/env";
import { localStore } from "./local-store";
import { uploadThingStore } from "./uploadthing-store";

export type StoredFile = { storage: "local" | "uploadthing"; key: string };

/** What a stored file is for: complaint attachments, or the panel's logo and favicon (lib/brand). */
export type FileFolder = "complaints" | "brand";

/**
 * Where uploaded bytes live. Complaint attachments are read through their access-checked route, brand
 * images through the public /brand/<image> route; neither store hands out a public URL.
 */
export type FileStore = {
  kind: StoredFile["storage"];
  put(file: { bytes: Uint8Array; mime: string; ext: string; fileName: string; folder?: FileFolder }): Promise<StoredFile>;
  /** The file as a stream (never buffered whole), with its size when the store knows it; null when gone. */
  read(key: string): Promise<{ body: ReadableStream<Uint8Array>; size: number | null } | null>;
  remove(keys: string[]): Promise<void>;
};

/** UploadThing when UPLOADTHING_TOKEN is set; otherwise files on local disk (UPLOAD_DIR, git-ignored). */
export function fileStore(): FileStore {
  return env().UPLOADTHING_TOKEN ? uploadThingStore(env().UPLOADTHING_TOKEN!) : localStore(env().UPLOAD_DIR);
}

/** The store a saved attachment was written to (the token may have been set since). */
export function storeFor(storage: string): FileStore {
  if (storage === "uploadthing") {
    const token = env().UPLOADTHING_TOKEN;
    if (!token) throw new Error("attachment is in UploadThing but UPLOADTHING_TOKEN is not set");
    return uploadThingStore(token);
  }
  return localStore(env().UPLOAD_DIR);
}
