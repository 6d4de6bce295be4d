import { db, Prisma, type Tx } from "@/lib/db";
import { debitDemoAccount } from "./account";
import { toUsdString, usd } from "./amounts";
import { runFacts, runsStarted } from "./dripfeed";
import type { DemoOrderFacts } from "./progress";
import { drawStartCount } from "./progress";
import { subscriptionParams, type StoredDemoOrder } from "./settle";
import { postFacts, postsDue } from "./subscription";

// The runs of a drip-feed and the posts of a subscription become child orders (parentId = the parent)
// lazily, when the provider next looks at the parent. Two looks at once must not create a run twice:
// the parent row is locked (SELECT … FOR UPDATE) and the children counted again under the lock, in the
// transaction that inserts the missing ones. Children keep their index in `params` ({run: k} / {post: k}).

interface Plan {
  due: number;
  facts: (k: number) => DemoOrderFacts;
  key: "run" | "post";
  /** Unlimited subscriptions pay each post as it appears. */
  payEach: boolean;
}

function planOf(order: StoredDemoOrder, now: Date): Plan | undefined {
  if (order.parentId !== null) return undefined;
  if (order.runs !== null) {
    const parent = { ...order, runs: order.runs };
    return { due: runsStarted(parent, now), facts: (k) => runFacts(parent, k), key: "run", payEach: false };
  }
  const params = subscriptionParams(order);
  if (!params) return undefined;
  const parent = { ...order, params };
  return { due: postsDue(parent, now), facts: (k) => postFacts(parent, k), key: "post", payEach: params.posts === null };
}

async function createChild(tx: Tx, order: StoredDemoOrder, plan: Plan, k: number): Promise<boolean> {
  const facts = plan.facts(k);
  const charge = usd(facts.charge);
  if (plan.payEach) {
    if (!(await debitDemoAccount(tx, charge))) return false;
    await tx.demoProviderOrder.update({ where: { id: order.id }, data: { charge: { increment: toUsdString(charge) } } });
  }
  const [next] = await tx.$queryRaw<{ id: number }[]>`SELECT nextval(pg_get_serial_sequence('demo_provider_orders', 'id'))::int AS id`;
  await tx.demoProviderOrder.create({
    data: {
      id: next.id,
      parentId: order.id,
      serviceId: order.serviceId,
      link: order.link,
      quantity: facts.quantity,
      charge: toUsdString(charge),
      startCount: drawStartCount(next.id),
      outcome: facts.outcome,
      durationMs: facts.durationMs,
      finalRemains: facts.finalRemains,
      params: { [plan.key]: k } as Prisma.InputJsonValue,
      createdAt: facts.createdAt,
    },
  });
  return true;
}

/** Creates the child orders due by `now` that do not exist yet; returns how many children exist. */
export async function ensureChildren(order: StoredDemoOrder, now: Date): Promise<number> {
  const plan = planOf(order, now);
  if (!plan) return 0;
  const existing = await db.demoProviderOrder.count({ where: { parentId: order.id } });
  if (existing >= plan.due) return existing;
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM demo_provider_orders WHERE id = ${order.id} FOR UPDATE`;
    let count = await tx.demoProviderOrder.count({ where: { parentId: order.id } });
    while (count < plan.due && (await createChild(tx, order, plan, count))) count += 1;
    return count;
  });
}
