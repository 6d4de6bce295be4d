import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syncOrderStatuses } from "@/lib/orders/sync-order-statuses";
import { apiV2, resellerWithKey } from "@/tests/api-v2";
import { createUser } from "@/tests/factories";
import { scriptedProvider } from "@/tests/scripted-fixtures";
import { dripFeed, subscription } from "@/tests/tracked-order-fixtures";

let fixture: Awaited<ReturnType<typeof scriptedProvider>>;
const tag = () => `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;

beforeAll(async () => {
  const admin = await createUser({ role: "ADMIN" });
  fixture = await scriptedProvider(admin.id);
});
afterAll(async () => fixture.upstream.close());

describe("API v2 status of drip-feeds and subscriptions", () => {
  it("answers a drip-feed with runs done and its child count; an ordinary order keeps its shape", async () => {
    const { user, key } = await resellerWithKey({ balance: "1000" });
    const parent = `df-${tag()}`;
    const { orderId } = await dripFeed(fixture, parent, 5, 100, "50.0000", user.id);
    fixture.upstream.script.byId[parent] = {
      status: "In progress",
      runs: "2",
      orders: [`${parent}-1`, `${parent}-2`],
      remains: "300",
      start_count: "7",
    };
    await syncOrderStatuses({ orderIds: [orderId] });
    const { json } = await apiV2({ key, action: "status", order: orderId });
    expect(json).toEqual({
      charge: "50.0000",
      start_count: "7",
      status: "In progress",
      remains: "300",
      currency: "BDT",
      runs: "2",
      orders_count: "2",
    });

    fixture.upstream.script.byId[parent] = { status: "Canceled", runs: "2" };
    await syncOrderStatuses({ orderIds: [orderId] });
    expect((await apiV2({ key, action: "status", order: orderId })).json).toMatchObject({
      charge: "20.0000", // 2 of 5 runs kept
      status: "Partial",
      remains: "300",
      runs: "2",
    });
  });

  it("answers a subscription in the protocol's shape, alone and in a multi-status answer", async () => {
    const { user, key } = await resellerWithKey({ balance: "1000" });
    const parent = `sub-${tag()}`;
    const { orderId } = await subscription(fixture, parent, 3, 100, "3.0000", user.id);
    expect((await apiV2({ key, action: "status", order: orderId })).json).toEqual({
      charge: "3.0000",
      status: "Processing",
      posts: "0",
      expiry: null,
      orders_count: "0",
      currency: "BDT",
    });
    fixture.upstream.script.byId[parent] = { status: "Active", posts: "1", orders: [`${parent}-1`], expiry: "15/01/2031" };
    await syncOrderStatuses({ orderIds: [orderId] });
    const { json } = await apiV2({ key, action: "status", orders: `${orderId},999999999` });
    expect(json).toEqual({
      [orderId]: { charge: "3.0000", status: "Active", posts: "1", expiry: "15/01/2031", orders_count: "1", currency: "BDT" },
      "999999999": { error: "Incorrect order ID" },
    });
  });
});
