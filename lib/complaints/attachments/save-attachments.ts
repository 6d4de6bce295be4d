import { logger } from "@/lib/log/logger";
import type { CheckedImage } from "./check-image";
import { fileStore, storeFor, type StoredFile } from "./file-store";

export type SavedImage = StoredFile & Pick<CheckedImage, "fileName" | "mime" | "size">;

/**
 * Stores checked images, runs `write` (the database transaction that records them), and removes the
 * stored files again if anything fails — so a refused or failed request leaves no orphan files.
 */
export async function withStoredImages<T>(images: CheckedImage[], write: (saved: SavedImage[]) => Promise<T>): Promise<T> {
  const saved: SavedImage[] = [];
  try {
    const store = fileStore();
    for (const image of images) {
      const stored = await store.put(image);
      saved.push({ ...stored, fileName: image.fileName, mime: image.mime, size: image.size });
    }
    return await write(saved);
  } catch (error) {
    await removeSaved(saved);
    throw error;
  }
}

async function removeSaved(saved: SavedImage[]) {
  for (const file of saved) {
    try {
      await storeFor(file.storage).remove([file.key]);
    } catch (error) {
      logger.error({ err: error, key: file.key }, "could not remove an attachment after a failed request");
    }
  }
}
