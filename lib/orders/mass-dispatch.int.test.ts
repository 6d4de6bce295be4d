// A mass order hands its forwards to the job system in one send (one request to Inngest), not one per line.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { setEventSender } from "@/lib/jobs/dispatch";
import { createUser } from "@/tests/factories";
import { providerWithServices, withDemoProvider } from "@/tests/order-fixtures";
import { createMassOrders } from "./create-mass-orders";

const setup = withDemoProvider();
const sends: { name: string; data: Record<string, unknown>; id: string }[][] = [];

beforeAll(() => setEventSender(async (events) => void sends.push(events)));

describe("mass orders and the job system", () => {
  it("sends every placed line's forward event in one batch, each with its stable id", async () => {
    const fixture = await providerWithServices(setup.admin.id, setup.demo.url());
    const customer = await createUser({ balance: "1000" });
    const service = fixture.service("2").id;
    const text = [1, 2, 3, 4]
      .map(() => `${service} | https://instagram.com/p/${randomUUID().slice(0, 10)} | 1000`)
      .concat(`${service} | not a link | 1000`)
      .join("\n");
    const report = await createMassOrders(customer.id, text);
    expect(report.created).toBe(4);
    expect(sends).toHaveLength(1);
    const placed = report.results.flatMap((result) => (result.ok ? [result.orderId] : []));
    expect(sends[0]).toEqual(
      placed.map((orderId) => ({
        name: "orders/forward.requested",
        data: { orderId, providerId: fixture.provider.id },
        id: `forward-${orderId}`,
      })),
    );
  });
});
