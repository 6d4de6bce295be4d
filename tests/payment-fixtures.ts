import { encryptSecret } from "@/lib/crypto/secret-box";
import { env, reloadEnvForTests } from "@/lib/env";
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
