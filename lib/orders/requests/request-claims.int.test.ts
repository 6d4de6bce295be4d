// A refill or cancel request whose sender died, or whose answer could not be recorded, is not left
// PENDING forever (docs/ARCHITECTURE.md, invariant 11): after its claim expires it ends FAILED, never resent.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { refillRefusal } from "./eligibility";
import { openRequest } from "./open-request";
import { requestRefill } from "./request-refill";
import { expireRequestClaims, REQUEST_CLAIM_MINUTES, retryPendingRequests } from "./retry-pending-requests";
import { completedOrder, requestRow, startRequestTests, type Fixture } from "./test-support";

let setup: Awaited<ReturnType<typeof startRequestTests>>;
let fixture: Fixture;

beforeAll(async () => {
  setup = await startRequestTests();
  fixture = await setup.provider("outcome=completed&durationMs=200");
});
afterAll(async () => setup.demo.close());
afterEach(async () => {
  await db.$executeRawUnsafe("DROP TRIGGER IF EXISTS inject_request_write_failure ON order_requests");
});

const later = () => new Date(Date.now() + (REQUEST_CLAIM_MINUTES + 1) * 60_000);

describe("send claims of refill and cancel requests", () => {
  it("a request whose sender died right after claiming it ends FAILED once the claim is stale, and is never sent", async () => {
    const { orderId, customerId } = await completedOrder(fixture, "1");
    // openRequest writes the request claimed for sending; the process dies before sendRequest runs.
    const { request, target } = await openRequest(customerId, orderId, "refill", (order) => refillRefusal(order, new Date()));
    expect(target).not.toBeNull();
    const sent = await setup.demo.requests();

    expect(await expireRequestClaims()).toBe(0); // fresh: its sender may still be at work
    expect((await retryPendingRequests()).retried).toBe(0); // claimed requests are not the retry job's
    expect(await requestRow(request.id)).toMatchObject({ status: "PENDING" });

    expect(await expireRequestClaims(later())).toBe(1);
    expect(await requestRow(request.id)).toMatchObject({
      status: "FAILED",
      sendClaimedAt: null,
      message: expect.stringContaining("not sent again"),
    });
    expect(await setup.demo.requests()).toBe(sent);
    expect(await db.orderEvent.count({ where: { orderId, kind: "refill_failed" } })).toBe(1);
    // FAILED is not open: the customer may ask again.
    expect((await requestRefill(customerId, orderId)).status).toBe("SENT");
  });

  it("a request the provider accepted but whose answer could not be written waits, then ends FAILED: sent once", async () => {
    const { orderId, customerId } = await completedOrder(fixture, "1");
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION inject_request_write_failure() RETURNS trigger AS $$
      BEGIN IF NEW.order_id = ${orderId} AND NEW.status = 'SENT' THEN RAISE EXCEPTION 'injected: database write failed'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(
      "CREATE TRIGGER inject_request_write_failure BEFORE UPDATE ON order_requests FOR EACH ROW EXECUTE FUNCTION inject_request_write_failure()",
    );
    const before = await setup.demo.requests();

    await expect(requestRefill(customerId, orderId)).rejects.toThrow();
    expect(await setup.demo.requests()).toBe(before + 1); // the refill reached the provider
    const [request] = await db.orderRequest.findMany({ where: { orderId } });
    expect(request).toMatchObject({ status: "PENDING", sendClaimedAt: expect.any(Date) });
    await db.$executeRawUnsafe("DROP TRIGGER inject_request_write_failure ON order_requests");

    await retryPendingRequests();
    expect(await setup.demo.requests()).toBe(before + 1); // not resent
    expect(await expireRequestClaims(later())).toBe(1);
    expect(await requestRow(request.id)).toMatchObject({ status: "FAILED" });
  });

  it("leaves a request that waits for an admin (manual service) alone, however old", async () => {
    const { orderId, customerId } = await completedOrder(fixture, "1");
    await db.order.update({ where: { id: orderId }, data: { mode: "MANUAL" } });
    const { requestId, status } = await requestRefill(customerId, orderId);
    expect(status).toBe("PENDING");
    await expireRequestClaims(later());
    expect(await requestRow(requestId)).toMatchObject({ status: "PENDING", sendClaimedAt: null });
  });
});
