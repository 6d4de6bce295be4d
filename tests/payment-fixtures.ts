import { encryptSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { env, reloadEnvForTests } from "@/lib/env";
import { money } from "@/lib/money/money";
import { POST as webhookRoute } from "@/app/api/payments/webhook/[gateway]/route";
import { startFakeSslcommerz, type FakeSslcommerz } from "@/lib/payments/sslcommerz/fake-sslcommerz";
import { setSetting } from "@/lib/settings/settings";
import { createUser } from "./factories";

/**
 * Every payment method on, SSLCommerz pointed at a local fake (never the internet), receiving numbers
 * set, amounts 10–50,000.
 */
export async function paymentsWithFakeGateway(): Promise<{ fake: FakeSslcommerz; admin: Awaited<ReturnType<typeof createUser>> }> {
  const fake = await startFakeSslcommerz();
  process.env.SSLCOMMERZ_BASE_URL = fake.url;
  reloadEnvForTests();
  if (env().SSLCOMMERZ_BASE_URL !== fake.url) throw new Error("lib/env was read before the fake SSLCommerz was set up");
  const admin = await createUser({ role: "ADMIN" });
  const actor = { id: admin.id };
  await setSetting("payments.methods", ["SSLCOMMERZ", "SANDBOX", "BKASH_MANUAL", "NAGAD_MANUAL"], actor);
  await setSetting("payments.sslcommerzStoreId", fake.storeId, actor);
  await setSetting("payments.sslcommerzStorePasswordSealed", encryptSecret(fake.storePassword), actor);
  await setSetting("payments.bkashNumber", "01711000000", actor);
  await setSetting("payments.nagadNumber", "01811000000", actor);
  await setSetting("payments.minAmount", "10.00", actor);
  await setSetting("payments.maxAmount", "50000.00", actor);
  return { fake, admin };
}

/** A form-encoded POST to a webhook route, the way SSLCommerz posts its IPN. */
export function ipnRequest(fields: Record<string, string>, gateway = "sslcommerz"): Request {
  return new Request(`http://localhost:3999/api/payments/webhook/${gateway}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A user's balance to two places ("0.00"), as the payment tests compare it. */
export const balanceOf = async (userId: string) =>
  money((await db.user.findUniqueOrThrow({ where: { id: userId }, select: { balance: true } })).balance).toFixed(2);

/** How many DEPOSIT entries a payment has credited (one at most, whatever repeats). */
export const depositCount = (paymentId: string) =>
  db.ledgerEntry.count({ where: { referenceType: "payment", referenceId: paymentId, kind: "DEPOSIT" } });

/** A webhook delivery to a gateway's route with any body and headers. */
export const webhookPost = (gateway: string, body: string, contentType: string, headers: Record<string, string> = {}) =>
  webhookRoute(
    new Request(`http://localhost:3999/api/payments/webhook/${gateway}`, {
      method: "POST",
      headers: { "content-type": contentType, ...headers },
      body,
    }),
    { params: Promise.resolve({ gateway }) },
  );
