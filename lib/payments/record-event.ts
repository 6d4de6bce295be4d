import type { Prisma } from "@/lib/db";

export type PaymentEventInput = {
  paymentId: string | null;
  source: "webhook" | "verify" | "customer" | "admin" | "reconcile" | "sandbox" | "initiate";
  kind: string;
  result: "accepted" | "refused" | "ignored" | "info";
  fromStatus?: string | null;
  toStatus?: string | null;
  message?: string | null;
  payload?: Prisma.InputJsonValue;
  httpStatus?: number | null;
  actorId?: string | null;
};

type Writer = { paymentEvent: { create(args: { data: PaymentEventInput }): PromiseLike<unknown> } };

/** One line of a payment's history (webhook deliveries included). Payloads never hold credentials. */
export async function recordPaymentEvent(writer: Writer, event: PaymentEventInput): Promise<void> {
  await writer.paymentEvent.create({ data: event });
}
