import { createHash } from "node:crypto";
import { db, Prisma } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { IDEMPOTENCY_KEY } from "./key";

export type IdempotencyScope = "orders.create" | "orders.mass" | "payments.initiate";

function hashOf(body: unknown): string {
  return createHash("sha256").update(stableJson(body)).digest("hex");
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.entries(value as Record<string, unknown>)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, child]) => `${JSON.stringify(key)}:${stableJson(child)}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export { IDEMPOTENCY_KEY };

/**
 * How long a request may hold its key in flight. A function killed mid-request (a deploy, a timeout)
 * leaves its row behind; after this the key may be used again. Longer than any request may run
 * (Vercel's maxDuration included), so a live request is never taken over and run twice.
 */
export const IN_FLIGHT_TTL_MS = 10 * 60 * 1000;

/**
 * Runs `work` once per (user, scope, key). A replay gets the stored result; the same key with another
 * body is a 422; a request still in flight is a 409 until IN_FLIGHT_TTL_MS, after which the key is
 * claimed afresh. Failures are not stored, so a corrected retry with the same key runs again (nothing
 * was charged by a failed request).
 */
export async function withIdempotency<T extends Prisma.InputJsonValue>(
  options: { userId: string; scope: IdempotencyScope; key: string | null; body: unknown; now?: () => Date },
  work: () => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  if (!options.key) return { result: await work(), replayed: false };
  if (!IDEMPOTENCY_KEY.test(options.key))
    throw new AppError("invalid_idempotency_key", "Idempotency-Key: 8–200 letters, digits, '.', ':', '_' or '-'", 400);
  const requestHash = hashOf(options.body);
  const identity = { userId: options.userId, scope: options.scope, key: options.key };
  // This attempt's claim: the row's createdAt, so only the claimant records or releases it.
  const claimedAt = (options.now ?? (() => new Date()))();
  try {
    await db.idempotencyKey.create({ data: { ...identity, requestHash, state: "in_flight", createdAt: claimedAt } });
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
    const existing = await db.idempotencyKey.findUnique({ where: { userId_scope_key: identity } });
    if (!existing)
      throw new AppError("idempotency_in_flight", "A request with this Idempotency-Key is being processed; retry shortly.", 409);
    if (existing.state === "done") {
      if (existing.requestHash !== requestHash)
        throw new AppError("idempotency_mismatch", "Idempotency-Key was already used with a different request body.", 422);
      return { result: existing.responseBody as T, replayed: true };
    }
    // Guarded on the old claim: of two retries after the expiry, one takes the key over.
    const expired = existing.createdAt.getTime() <= claimedAt.getTime() - IN_FLIGHT_TTL_MS;
    const takenOver =
      expired &&
      (
        await db.idempotencyKey.updateMany({
          where: { ...identity, state: "in_flight", createdAt: existing.createdAt },
          data: { requestHash, createdAt: claimedAt },
        })
      ).count === 1;
    if (!takenOver) throw new AppError("idempotency_in_flight", "A request with this Idempotency-Key is still being processed.", 409);
  }
  const mine = { ...identity, state: "in_flight", createdAt: claimedAt };
  try {
    const result = await work();
    await db.idempotencyKey.updateMany({ where: mine, data: { state: "done", responseStatus: 200, responseBody: result } });
    return { result, replayed: false };
  } catch (error) {
    // A failed request stores nothing: the same key may be retried with a corrected body.
    await db.idempotencyKey.deleteMany({ where: mine });
    throw error;
  }
}
