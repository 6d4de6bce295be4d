import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { accountBalance, demoCall, resetDemoProvider, setDemoBalance, TestClock, uniqueLink } from "./test-support";

type AddAnswer = { order?: number; error?: string };
const add = (fields: Record<string, string>, query = "", clock?: TestClock) =>
  demoCall<AddAnswer>({ action: "add", ...fields }, { query, clock });

async function orderRow(id: number) {
  return db.demoProviderOrder.findUniqueOrThrow({ where: { id } });
}

describe("demo provider: add", () => {
  beforeEach(() => resetDemoProvider("1000"));

  it("creates a Default order, charges rate × quantity / 1000 and answers its id", async () => {
    const link = uniqueLink();
    const answer = await add({ service: "1", link, quantity: "1000" });
    expect(Object.keys(answer)).toEqual(["order"]);
    expect(typeof answer.order).toBe("number");
    const row = await orderRow(answer.order!);
    expect(row).toMatchObject({ serviceId: 1, link, quantity: 1000, durationMs: 60_000 });
    expect(row.charge.toFixed(7)).toBe("1.2500000");
    expect(["completed", "partial", "canceled"]).toContain(row.outcome);
    expect((await accountBalance()).toFixed(7)).toBe("998.7500000");
  });

  const link = () => uniqueLink();
  const cases: [string, string, () => Record<string, string>, number, string][] = [
    ["Default with drip-feed", "3", () => ({ link: link(), quantity: "100", runs: "5", interval: "30" }), 100, "0.0225000"],
    ["Package (no quantity, fixed price)", "11", () => ({ link: link() }), 1, "9.5000000"],
    ["SEO", "12", () => ({ link: link(), quantity: "2000", keywords: "smm panel\nbuy followers" }), 2000, "1.5000000"],
    ["Custom Comments", "14", () => ({ link: link(), comments: "Nice!\n\nGreat post\nWow\nLove it\n  Amazing  \n" }), 5, "0.0600000"],
    ["Custom Comments Package", "15", () => ({ link: link(), comments: "One\nTwo\nThree" }), 3, "1.5000000"],
    [
      "Mentions with Hashtags",
      "16",
      () => ({ link: link(), quantity: "100", usernames: "alice\nbob", hashtags: "#sun\n#sea" }),
      100,
      "0.3200000",
    ],
    [
      "Mentions Custom List",
      "17",
      () => ({ link: link(), usernames: Array.from({ length: 12 }, (_, i) => `user${i}`).join("\n") }),
      12,
      "0.0540000",
    ],
    ["Mentions Hashtag", "18", () => ({ link: link(), quantity: "100", hashtag: "#travel" }), 100, "0.2900000"],
    ["Mentions User Followers", "19", () => ({ link: link(), quantity: "200", username: "natgeo" }), 200, "0.6800000"],
    ["Mentions Media Likers", "20", () => ({ link: link(), quantity: "100", media: "https://www.instagram.com/p/abc/" }), 100, "0.3600000"],
    ["Comment Likes", "21", () => ({ link: link(), quantity: "20", username: "commenter_1" }), 20, "0.0180000"],
    ["Poll", "22", () => ({ link: link(), quantity: "1000", answer_number: "2" }), 1000, "0.3500000"],
    [
      "Subscriptions",
      "24",
      () => ({ username: `user_${Date.now()}`, min: "50", max: "100", posts: "4", delay: "30", expiry: "31/12/2026" }),
      400,
      "0.0260000",
    ],
    [
      "Subscriptions without posts (paid per post later)",
      "25",
      () => ({ username: `@tt_${Date.now()}`, min: "100", max: "200" }),
      0,
      "0.0000000",
    ],
  ];

  it.each(cases)("accepts %s and bills it", async (_name, service, fields, quantity, charge) => {
    const before = await accountBalance();
    const answer = await add({ service, ...fields() });
    expect(answer.error).toBeUndefined();
    const row = await orderRow(answer.order!);
    expect(row.quantity).toBe(quantity);
    expect(row.charge.toFixed(7)).toBe(charge);
    expect(before.minus(await accountBalance()).toFixed(7)).toBe(charge);
  });

  const errors: [string, Record<string, string>, string][] = [
    ["an unknown service", { service: "999", link: "https://x.com/a", quantity: "100" }, "Incorrect service ID"],
    ["a service id that is not a number", { service: "abc", link: "https://x.com/a", quantity: "100" }, "Incorrect service ID"],
    ["no service", { link: "https://x.com/a", quantity: "100" }, "Incorrect service ID"],
    ["no link", { service: "1", quantity: "100" }, "Incorrect link"],
    ["a link that is not http(s)", { service: "1", link: "ftp://x.com/a", quantity: "100" }, "Incorrect link"],
    ["a link that is a bare word", { service: "1", link: "instagram", quantity: "100" }, "Incorrect link"],
    ["no quantity", { service: "1", link: "https://x.com/a" }, "Incorrect quantity"],
    ["a fractional quantity", { service: "1", link: "https://x.com/a", quantity: "10.5" }, "Incorrect quantity"],
    ["a quantity below min", { service: "1", link: "https://x.com/a", quantity: "9" }, "Quantity less than minimal 10"],
    ["a quantity above max", { service: "1", link: "https://x.com/a", quantity: "100001" }, "Quantity more than maximal 100000"],
    [
      "drip-feed on a service without it",
      { service: "1", link: "https://x.com/a", quantity: "100", runs: "2", interval: "10" },
      "Drip-feed is not available for this service",
    ],
    [
      "drip-feed over max in total",
      { service: "3", link: "https://x.com/a", quantity: "10000", runs: "6", interval: "10" },
      "Quantity more than maximal 50000",
    ],
    ["drip-feed without interval", { service: "3", link: "https://x.com/a", quantity: "100", runs: "2" }, "Incorrect interval"],
    ["drip-feed with 0 runs", { service: "3", link: "https://x.com/a", quantity: "100", runs: "0", interval: "10" }, "Incorrect runs"],
    ["drip-feed over 1000 runs", { service: "3", link: "https://x.com/a", quantity: "10", runs: "1001", interval: "5" }, "Incorrect runs"],
    [
      "drip-feed under min in total",
      { service: "6", link: "https://x.com/a", quantity: "100", runs: "4", interval: "10" },
      "Quantity less than minimal 500",
    ],
    ["SEO without keywords", { service: "12", link: "https://x.com/a", quantity: "1000" }, "Keywords are required"],
    ["Custom Comments without comments", { service: "14", link: "https://x.com/a", comments: "\n \n" }, "Comments are required"],
    ["Custom Comments below min lines", { service: "14", link: "https://x.com/a", comments: "a\nb\nc" }, "Quantity less than minimal 5"],
    [
      "Custom Comments Package over max lines",
      { service: "15", link: "https://x.com/a", comments: Array(11).fill("x").join("\n") },
      "Quantity more than maximal 10",
    ],
    [
      "Mentions with Hashtags without hashtags",
      { service: "16", link: "https://x.com/a", quantity: "100", usernames: "a" },
      "Hashtags are required",
    ],
    ["Mentions Custom List without usernames", { service: "17", link: "https://x.com/a" }, "Usernames are required"],
    ["Mentions Hashtag without hashtag", { service: "18", link: "https://x.com/a", quantity: "100" }, "Hashtag is required"],
    [
      "Mentions User Followers with a bad username",
      { service: "19", link: "https://x.com/a", quantity: "100", username: "two words" },
      "Incorrect username",
    ],
    [
      "Mentions Media Likers with a bad media link",
      { service: "20", link: "https://x.com/a", quantity: "100", media: "abc" },
      "Incorrect media link",
    ],
    ["Poll without answer number", { service: "22", link: "https://x.com/a", quantity: "100" }, "Incorrect answer number"],
    ["Subscriptions without username", { service: "24", min: "50", max: "100" }, "Incorrect username"],
    ["Subscriptions with min over max", { service: "24", username: "abc", min: "200", max: "100" }, "Min cannot be greater than max"],
    [
      "Subscriptions with max over the service max",
      { service: "24", username: "abc", min: "50", max: "20000" },
      "Quantity more than maximal 10000",
    ],
    ["Subscriptions with a bad delay", { service: "24", username: "abc", min: "50", max: "100", delay: "7" }, "Incorrect delay"],
    [
      "Subscriptions with a bad expiry",
      { service: "24", username: "abc", min: "50", max: "100", expiry: "31/02/2026" },
      "Incorrect expiry date",
    ],
    [
      "Subscriptions with an expiry already over",
      { service: "24", username: "abc", min: "50", max: "100", expiry: "01/01/2020" },
      "Incorrect expiry date",
    ],
    ["Subscriptions with 0 posts", { service: "24", username: "abc", min: "50", max: "100", posts: "0" }, "Incorrect posts"],
    ["Subscriptions without max", { service: "24", username: "abc", min: "50" }, "Incorrect max"],
  ];

  it.each(errors)("refuses %s without charging or storing anything", async (_name, fields, message) => {
    const before = await accountBalance();
    const count = await db.demoProviderOrder.count();
    expect(await add(fields)).toEqual({ error: message });
    expect((await accountBalance()).toFixed(7)).toBe(before.toFixed(7));
    expect(await db.demoProviderOrder.count()).toBe(count);
  });

  it("refuses a second running order on the same link and service, and accepts it once the first ended", async () => {
    const clock = new TestClock();
    const target = uniqueLink();
    const first = await add({ service: "2", link: target, quantity: "100" }, "durationMs=10000", clock);
    expect(first.order).toBeDefined();
    expect(await add({ service: "2", link: target, quantity: "100" }, "", clock)).toEqual({
      error: "You have active order with this link. Please wait until order being completed.",
    });
    expect((await add({ service: "1", link: target, quantity: "100" }, "", clock)).order).toBeDefined();
    clock.advance(10_000);
    expect((await add({ service: "2", link: target, quantity: "100" }, "", clock)).order).toBeDefined();
  });

  it("refuses an order the balance cannot pay for, and stores nothing", async () => {
    await setDemoBalance("0.1249999");
    const target = uniqueLink();
    expect(await add({ service: "1", link: target, quantity: "100" })).toEqual({ error: "Not enough funds on balance" });
    expect(await db.demoProviderOrder.count({ where: { link: target } })).toBe(0);
    expect((await accountBalance()).toFixed(7)).toBe("0.1249999");
    await setDemoBalance("0.125");
    expect((await add({ service: "1", link: target, quantity: "100" })).order).toBeDefined();
    expect((await accountBalance()).toFixed(7)).toBe("0.0000000");
  });

  it("never overdraws under 20 concurrent adds: the balance falls by exactly the sum of the charges", async () => {
    await setDemoBalance("1.0500000");
    const prefix = uniqueLink("race");
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) => add({ service: "1", link: `${prefix}-${index}`, quantity: "100" })),
    );
    const accepted = answers.filter((answer) => answer.order !== undefined);
    expect(accepted).toHaveLength(8); // 8 × 0.125 = 1.00 fits; a 9th would go below zero
    expect(answers.filter((answer) => answer.error === "Not enough funds on balance")).toHaveLength(12);
    const rows = await db.demoProviderOrder.findMany({ where: { link: { startsWith: prefix } }, select: { charge: true } });
    expect(rows).toHaveLength(8);
    const charged = rows.reduce((sum, row) => sum.plus(money(row.charge)), money(0));
    const balance = await accountBalance();
    expect(balance.toFixed(7)).toBe("0.0500000");
    expect(money("1.05").minus(balance).toFixed(7)).toBe(charged.toFixed(7));
  });

  it("gives each new order the duration from durationMs or speed in the provider URL", async () => {
    const fast = await add({ service: "1", link: uniqueLink(), quantity: "100" }, "durationMs=1000");
    const quick = await add({ service: "1", link: uniqueLink(), quantity: "100" }, "speed=60");
    expect((await orderRow(fast.order!)).durationMs).toBe(1000);
    expect((await orderRow(quick.order!)).durationMs).toBe(1000);
  });
});
