import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { createUser } from "@/tests/factories";
import { authenticateApiKey } from "./authenticate-api-key";
import { createApiKey } from "./create-api-key";
import { hashApiKey } from "./key-material";
import { listApiKeys } from "./list-api-keys";
import { renameApiKey } from "./rename-api-key";
import { revokeApiKey } from "./revoke-api-key";
import { MAX_ACTIVE_KEYS } from "./schemas";

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
};

describe("API keys", () => {
  it("stores only the hash and the visible prefix; the whole key is returned once", async () => {
    const user = await createUser();
    const created = await createApiKey(user.id, "Main");
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      userId: user.id,
      name: "Main",
      prefix: created.key.slice(0, 12),
      keyHash: hashApiKey(created.key),
      revokedAt: null,
    });
    expect(JSON.stringify(row)).not.toContain(created.key);
    const listed = await listApiKeys(user.id);
    expect(listed).toEqual([
      { id: created.id, name: "Main", prefix: row.prefix, createdAt: row.createdAt, lastUsedAt: null, revokedAt: null },
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.key);
    expect(await db.auditLog.count({ where: { objectType: "api_key", objectId: created.id, action: "api_key.create" } })).toBe(1);
  });

  it("authenticates by hash, records last use, and stops a revoked key or a suspended owner's key", async () => {
    const user = await createUser();
    const { id, key } = await createApiKey(user.id, "Main");
    expect(await authenticateApiKey(key)).toMatchObject({ keyId: id, userId: user.id, currency: "BDT" });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
    expect(await authenticateApiKey(`${key}x`)).toBeNull();
    expect(await authenticateApiKey("")).toBeNull();

    await db.user.update({ where: { id: user.id }, data: { status: "SUSPENDED" } });
    expect(await authenticateApiKey(key)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { status: "ACTIVE" } });
    expect(await authenticateApiKey(key)).not.toBeNull();

    await revokeApiKey(user.id, id);
    await revokeApiKey(user.id, id); // twice is a no-op
    expect(await authenticateApiKey(key)).toBeNull();
    expect(await db.auditLog.count({ where: { objectId: id, action: "api_key.revoke" } })).toBe(1);
  });

  it("lets nobody else rename or revoke a key (404), and keeps each customer to a few active keys, even when created concurrently", async () => {
    const owner = await createUser();
    const stranger = await createUser();
    const { id, key } = await createApiKey(owner.id, "Main");
    expect((await failure(renameApiKey(stranger.id, id, "Mine now"))).status).toBe(404);
    expect((await failure(revokeApiKey(stranger.id, id))).status).toBe(404);
    expect(await authenticateApiKey(key)).not.toBeNull();
    expect(await renameApiKey(owner.id, id, "Renamed")).toEqual({ id, name: "Renamed" });

    const results = await Promise.allSettled(
      Array.from({ length: MAX_ACTIVE_KEYS + 3 }, (_, index) => createApiKey(owner.id, `Key ${index}`)),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(MAX_ACTIVE_KEYS - 1);
    expect(await db.apiKey.count({ where: { userId: owner.id, revokedAt: null } })).toBe(MAX_ACTIVE_KEYS);
    await revokeApiKey(owner.id, id);
    await expect(createApiKey(owner.id, "After revoking one")).resolves.toMatchObject({ name: "After revoking one" });
  });
});
