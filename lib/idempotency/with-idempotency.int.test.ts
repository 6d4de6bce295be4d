import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/tests/factories";
import { IN_FLIGHT_TTL_MS, withIdempotency } from "./with-idempotency";

const scope = "orders.create" as const;
const body = { serviceId: 1, link: "https://example.com/p/1", quantity: 100 };

/** The row a request leaves behind when its function is killed mid-work, claimed `ageMs` ago. */
async function diedInFlight(ageMs: number) {
  const user = await createUser();
  const key = `died-${randomUUID()}`;
  await db.idempotencyKey.create({
    data: { userId: user.id, scope, key, requestHash: "a-dead-request", state: "in_flight", createdAt: new Date(Date.now() - ageMs) },
  });
  return { userId: user.id, scope, key, body };
}

const rowOf = (options: { userId: string; key: string }) =>
  db.idempotencyKey.findUniqueOrThrow({ where: { userId_scope_key: { userId: options.userId, scope, key: options.key } } });

describe("an Idempotency-Key whose request died", () => {
  it("answers 409 before the in-flight time limit, without running the work", async () => {
    const options = await diedInFlight(IN_FLIGHT_TTL_MS - 5_000);
    let ran = 0;
    await expect(withIdempotency(options, async () => ++ran)).rejects.toMatchObject({ code: "idempotency_in_flight", status: 409 });
    expect(ran).toBe(0);
    expect(await rowOf(options)).toMatchObject({ state: "in_flight", requestHash: "a-dead-request" });
  });

  it("is usable again after the limit: the retry runs once and is then replayed", async () => {
    const options = await diedInFlight(IN_FLIGHT_TTL_MS + 5_000);
    let ran = 0;
    expect(await withIdempotency(options, async () => ({ orderId: ++ran }))).toEqual({ result: { orderId: 1 }, replayed: false });
    expect(await withIdempotency(options, async () => ({ orderId: ++ran }))).toEqual({ result: { orderId: 1 }, replayed: true });
    expect(ran).toBe(1);
    expect(await rowOf(options)).toMatchObject({ state: "done", responseBody: { orderId: 1 } });
  });

  it("is taken over by one of concurrent retries; the others get 409 while it runs", async () => {
    const options = await diedInFlight(IN_FLIGHT_TTL_MS + 5_000);
    let ran = 0;
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const rejected: unknown[] = [];
    const runs = [1, 2, 3].map(() =>
      withIdempotency(options, async () => {
        ran += 1;
        await gate;
        return { run: ran };
      }).catch((error: unknown) => void rejected.push(error)),
    );
    await expect.poll(() => rejected.length).toBe(2);
    open();
    await Promise.all(runs);
    expect(ran).toBe(1);
    for (const error of rejected) expect(error).toMatchObject({ code: "idempotency_in_flight", status: 409 });
    expect(await rowOf(options)).toMatchObject({ state: "done", responseBody: { run: 1 } });
  });

  it("is not overwritten by the old request if it finishes after the takeover", async () => {
    const user = await createUser();
    const options = { userId: user.id, scope, key: `late-${randomUUID()}`, body };
    let finishOld!: () => void;
    const old = withIdempotency({ ...options, now: () => new Date(Date.now() - IN_FLIGHT_TTL_MS - 5_000) }, async () => {
      await new Promise<void>((resolve) => (finishOld = resolve));
      return { from: "old" };
    });
    await expect.poll(() => db.idempotencyKey.count({ where: { userId: user.id, key: options.key } })).toBe(1);
    expect((await withIdempotency(options, async () => ({ from: "retry" }))).result).toEqual({ from: "retry" });
    finishOld();
    await old;
    expect(await rowOf(options)).toMatchObject({ state: "done", responseBody: { from: "retry" } });
    expect((await withIdempotency(options, async () => ({ from: "third" }))).replayed).toBe(true);
  });
});
