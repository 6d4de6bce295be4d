import { env } from "@/lib/env";
import { removeByCustomId, uploadThingStore } from "./uploadthing-store";

/** What the direct-upload verbs need from UploadThing. */
export type DirectUploadStore = {
  readHead(key: string, bytes: number): Promise<Uint8Array | null>;
  remove(keys: string[]): Promise<void>;
  removeByCustomId(customIds: string[]): Promise<void>;
};

/** Browsers upload straight to UploadThing when UPLOADTHING_TOKEN is set; otherwise images go through the form. */
export const directUploadsEnabled = (): boolean => Boolean(env().UPLOADTHING_TOKEN);

export function directUploadStore(): DirectUploadStore {
  const token = env().UPLOADTHING_TOKEN;
  if (!token) throw new Error("direct uploads need UPLOADTHING_TOKEN");
  const store = uploadThingStore(token);
  return { readHead: store.readHead, remove: store.remove, removeByCustomId: (ids) => removeByCustomId(token, ids) };
}
