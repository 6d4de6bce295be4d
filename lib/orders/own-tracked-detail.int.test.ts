import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/tests/factories";
import { scriptedProvider } from "@/tests/scripted-fixtures";
import { dripFeed } from "@/tests/tracked-order-fixtures";
import { getOrderForAdmin } from "./admin/get-order-for-admin";
import { ownOrderStatuses } from "./list-own-orders";
import { ownOrderDetail } from "./own-order-detail";
import { syncOrderStatuses } from "./sync-order-statuses";

let fixture: Awaited<ReturnType<typeof scriptedProvider>>;

beforeAll(async () => {
  const admin = await createUser({ role: "ADMIN" });
  fixture = await scriptedProvider(admin.id);
});
afterAll(async () => fixture.upstream.close());

describe("what the customer and the admin see of a drip-feed", () => {
  it("its runs and child orders, to the owner only", async () => {
    const parent = `own-${Date.now()}`;
    const { orderId, userId } = await dripFeed(fixture, parent, 10, 100, "10.0000");
    fixture.upstream.script.byId[parent] = { status: "In progress", runs: "3", orders: [`${parent}-1`, `${parent}-2`, `${parent}-3`] };
    fixture.upstream.script.byId[`${parent}-1`] = { status: "Completed", quantity: "100", remains: "0" };
    await syncOrderStatuses({ orderIds: [orderId] });
    await syncOrderStatuses({ orderIds: [orderId] });
    const [live] = await ownOrderStatuses(userId, [orderId]);
    expect(live).toMatchObject({ runs: 10, runsDone: 3, _count: { children: 3 } });
    const detail = await ownOrderDetail(userId, orderId);
    expect(detail!.children.map((child) => [child.providerOrderId, child.status])).toEqual([
      [`${parent}-1`, "COMPLETED"],
      [`${parent}-2`, "IN_PROGRESS"],
      [`${parent}-3`, "IN_PROGRESS"],
    ]);
    const stranger = await createUser();
    expect(await ownOrderDetail(stranger.id, orderId)).toBeNull();
    expect((await getOrderForAdmin(orderId)).children).toHaveLength(3);
  });
});
