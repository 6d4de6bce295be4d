// Issue 17: the users list's figures (deposited, spent, last sign-in, price group), their sorts and filters.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { createManualService } from "@/lib/catalog/create-manual-service";
import { manualServiceSchema } from "@/lib/catalog/schemas";
import { db } from "@/lib/db";
import { money } from "@/lib/money/money";
import { createOrder } from "@/lib/orders/create-order";
import { cancelWithRefund, setPartial } from "@/lib/orders/admin/admin-order-actions";
import { postLedgerEntry } from "@/lib/wallet/post-ledger-entry";
import { createUser, TEST_PASSWORD } from "@/tests/factories";
import { listUsers } from "./list-users";
import { USER_SORTS, userListQuerySchema, type UserSort } from "./list-users-query";

const tag = randomUUID().slice(0, 8);
const DAY = 86_400_000;
let admin: Awaited<ReturnType<typeof createUser>>;

beforeAll(async () => {
  admin = await createUser({ role: "ADMIN" });
});

const post = (userId: string, kind: Parameters<typeof postLedgerEntry>[1]["kind"], amount: string) =>
  db.$transaction((tx) =>
    postLedgerEntry(tx, { userId, kind, amount: money(amount), referenceType: `test-${kind}`, referenceId: randomUUID() }),
  );

describe("deposited and spent totals", () => {
  it("equal the ledger's sums after deposits, orders, refunds, adjustments and bonuses (which count in neither)", async () => {
    const category = await db.category.create({ data: { name: `Totals ${tag}` } });
    const service = await createManualService(
      manualServiceSchema.parse({ name: `Totals ${tag}`, categoryId: category.id, type: "DEFAULT", rate: "33.3333", min: 1, max: 100000 }),
      { id: admin.id },
    );
    const customer = await createUser();
    await post(customer.id, "DEPOSIT", "1500");
    await post(customer.id, "DEPOSIT_BONUS", "75");
    await post(customer.id, "ADJUSTMENT_CREDIT", "20");
    await post(customer.id, "ADJUSTMENT_DEBIT", "-7.5");
    const place = async (quantity: number) =>
      (
        await createOrder(
          customer.id,
          { serviceId: service.serviceId, link: `https://x.test/${randomUUID()}`, quantity },
          { source: "web" },
        )
      ).orderId;
    const partial = await place(777);
    await place(1000);
    const canceled = await place(333);
    await setPartial(partial, 111, { id: admin.id });
    await cancelWithRefund(canceled, { id: admin.id });
    await post(customer.id, "DEPOSIT_REVERSAL", "-200");
    await post(customer.id, "DEPOSIT_BONUS_REVERSAL", "-10");

    const sums = await db.ledgerEntry.groupBy({ by: ["kind"], where: { userId: customer.id }, _sum: { amount: true } });
    const sum = (...kinds: string[]) =>
      sums.filter((row) => kinds.includes(row.kind)).reduce((total, row) => total.plus(money(row._sum.amount!)), money(0));
    const user = await db.user.findUniqueOrThrow({ where: { id: customer.id } });
    expect(user.depositedTotal.toFixed(4)).toBe(sum("DEPOSIT", "DEPOSIT_REVERSAL").toFixed(4));
    expect(user.depositedTotal.toFixed(4)).toBe("1300.0000");
    expect(user.spentTotal.toFixed(4)).toBe(sum("ORDER_CHARGE", "ORDER_REFUND").neg().toFixed(4));
    expect(user.spentTotal.gt(0)).toBe(true);
    expect(user.balance.toFixed(4)).toBe(sum(...sums.map((row) => row.kind)).toFixed(4));

    const [listed] = (await listUsers({ q: customer.email })).users;
    expect(listed).toMatchObject({ depositedTotal: user.depositedTotal.toFixed(4), spentTotal: user.spentTotal.toFixed(4) });
  });
});

describe("sorting and filtering", () => {
  type Seeded = { id: string; createdAt: Date; deposited: string; spent: string; lastSignInAt: Date | null; group: string | null };
  const people: Seeded[] = [];
  let gold: string;
  let silver: string;
  const now = new Date();

  beforeAll(async () => {
    gold = (await db.priceGroup.create({ data: { name: `Gold ${tag}`, percent: "-10" } })).id;
    silver = (await db.priceGroup.create({ data: { name: `Silver ${tag}`, percent: "-5" } })).id;
    // Ties on purpose (equal spent, equal deposited, several never signed in), so the id tie-break shows.
    const shapes: Omit<Seeded, "id" | "createdAt">[] = [
      { deposited: "100", spent: "50", lastSignInAt: new Date(now.getTime() - 2 * DAY), group: gold },
      { deposited: "100", spent: "50", lastSignInAt: null, group: null },
      { deposited: "0", spent: "0", lastSignInAt: null, group: silver },
      { deposited: "5000.5", spent: "4999.9999", lastSignInAt: new Date(now.getTime() - 40 * DAY), group: gold },
      { deposited: "250", spent: "50", lastSignInAt: new Date(now.getTime() - 3 * 60_000), group: null },
      { deposited: "250", spent: "120.25", lastSignInAt: null, group: silver },
      { deposited: "10", spent: "9", lastSignInAt: new Date(now.getTime() - 2 * DAY), group: null },
    ];
    for (const shape of shapes) {
      const user = await createUser({ email: `list-${tag}-${randomUUID().slice(0, 6)}@example.test` });
      const row = await db.user.update({
        where: { id: user.id },
        data: { depositedTotal: shape.deposited, spentTotal: shape.spent, lastSignInAt: shape.lastSignInAt, priceGroupId: shape.group },
        select: { id: true, createdAt: true },
      });
      people.push({ ...shape, ...row });
    }
  });

  /** Every page walked, two at a time, as the Next link does. */
  async function walk(filter: Parameters<typeof listUsers>[0] = {}): Promise<string[]> {
    const ids: string[] = [];
    let after: string | undefined;
    for (let page = 0; page < 20; page += 1) {
      const result = await listUsers({ q: `list-${tag}`, ...filter, after, take: 2, now });
      ids.push(...result.users.map((user) => user.id));
      if (!result.nextCursor) return ids;
      after = result.nextCursor;
    }
    throw new Error("too many pages");
  }

  const key: Record<UserSort, (person: Seeded) => number> = {
    joined: (person) => person.createdAt.getTime(),
    deposited: (person) => Number(person.deposited),
    spent: (person) => Number(person.spent),
    lastSignIn: (person) => person.lastSignInAt?.getTime() ?? Number.NEGATIVE_INFINITY,
  };
  const expected = (sort: UserSort, dir: "asc" | "desc", keep = people) =>
    [...keep]
      .sort((a, b) => {
        const by = key[sort](a) - key[sort](b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
        return dir === "asc" ? by : -by;
      })
      .map((person) => person.id);

  it("sorts by each figure both ways, ties broken by id, every page in order with nothing repeated or lost", async () => {
    for (const sort of USER_SORTS)
      for (const dir of ["asc", "desc"] as const)
        expect({ sort, dir, ids: await walk({ sort, dir }) }).toEqual({ sort, dir, ids: expected(sort, dir) });
  });

  it("filters by price group, spent and deposited at least, and signed in within N days or never", async () => {
    const check = async (filter: Parameters<typeof listUsers>[0], test: (person: Seeded) => boolean) => {
      const sorted = { sort: "spent" as UserSort, dir: "desc" as "asc" | "desc", ...filter };
      expect(await walk(sorted)).toEqual(expected(sorted.sort, sorted.dir, people.filter(test)));
    };
    await check({ group: gold }, (person) => person.group === gold);
    await check({ group: "none" }, (person) => person.group === null);
    await check({ spentMin: "50" }, (person) => Number(person.spent) >= 50);
    await check({ spentMin: "120.25", group: silver }, (person) => Number(person.spent) >= 120.25 && person.group === silver);
    await check({ depositedMin: "250" }, (person) => Number(person.deposited) >= 250);
    await check({ signedIn: "7" }, (person) => person.lastSignInAt !== null && person.lastSignInAt.getTime() >= now.getTime() - 7 * DAY);
    await check({ signedIn: "1" }, (person) => person.lastSignInAt !== null && person.lastSignInAt.getTime() >= now.getTime() - DAY);
    await check({ signedIn: "never" }, (person) => person.lastSignInAt === null);
    await check({ signedIn: "never", sort: "lastSignIn", dir: "asc" }, (person) => person.lastSignInAt === null);
  });

  it("shows each user's price group by name, and an unknown cursor gives an empty page rather than an error", async () => {
    const listed = await listUsers({ q: `list-${tag}`, take: 100 });
    const named = Object.fromEntries(listed.users.map((user) => [user.id, user.priceGroup?.name ?? null]));
    for (const person of people)
      expect(named[person.id]).toBe(person.group === gold ? `Gold ${tag}` : person.group === silver ? `Silver ${tag}` : null);
    expect(await listUsers({ after: "no-such-user" })).toEqual({ users: [], nextCursor: null });
    expect(userListQuerySchema.parse({})).toMatchObject({ sort: "joined", dir: "desc" });
  });
});

describe("last sign-in", () => {
  it("is set by a successful sign-in, and not by a refused one", async () => {
    const user = await createUser();
    const ip = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
    await expect(authenticate({ email: user.email, password: "wrong-password", ip })).rejects.toMatchObject({ reason: "invalid" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt).toBeNull();
    const before = Date.now();
    await authenticate({ email: user.email, password: TEST_PASSWORD, ip });
    const at = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).lastSignInAt;
    expect(at).not.toBeNull();
    expect(at!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(at!.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
  });
});
