import { randomUUID } from "node:crypto";
import { createReadStream } from "node:fs";
import { mkdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import type { FileStore } from "./file-store";

const KEY = /^(complaints|brand)\/[0-9a-f-]{36}\.(jpg|png|webp)$/;

/** Files under `root` (relative to the working directory unless absolute); keys are random, never user input. */
export function localStore(root: string): FileStore {
  const base = path.resolve(root);
  const where = (key: string) => {
    if (!KEY.test(key)) throw new Error(`not a local attachment key: ${key}`);
    return path.join(base, key);
  };
  return {
    kind: "local",
    async put(file) {
      const key = `${file.folder ?? "complaints"}/${randomUUID()}.${file.ext}`;
      await mkdir(path.dirname(where(key)), { recursive: true });
      await writeFile(where(key), file.bytes, { flag: "wx" });
      return { storage: "local", key };
    },
    async read(key) {
      try {
        const { size } = await stat(where(key));
        return { body: Readable.toWeb(createReadStream(where(key))) as ReadableStream<Uint8Array>, size };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async remove(keys) {
      await Promise.all(keys.map((key) => rm(where(key), { force: true })));
    },
  };
}
