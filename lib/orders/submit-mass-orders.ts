import { withIdempotency } from "@/lib/idempotency/with-idempotency";
import type { Prisma } from "@/lib/db/generated/client";
import { createMassOrders } from "./create-mass-orders";

/**
 * The mass-order form's submit. Its lines skip the 60-second duplicate check (a list may name the same
 * link twice on purpose), so a form sent twice (double click, a retried request) would place every
 * order twice. The form issues a submission id per text; the same id runs once: a replay gets the
 * first report, a second send while the first still runs gets 409, and nothing is charged twice.
 */
export async function submitMassOrders(userId: string, text: string, submissionId: string | null) {
  type Report = Awaited<ReturnType<typeof createMassOrders>>;
  // The report is plain JSON (problems hold strings, numbers and field lists), stored as the replay answer.
  const { result, replayed } = await withIdempotency(
    { userId, scope: "orders.mass", key: submissionId, body: { text } },
    async () => JSON.parse(JSON.stringify(await createMassOrders(userId, text))) as Prisma.InputJsonObject,
  );
  return { ...(result as unknown as Report), replayed };
}
