import { encryptSecret, secretHint } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { ensureDemoAccount } from "./account";

export const DEMO_PROVIDER_NAME = "Demo provider";
/** Local only (the demo provider answers nowhere else): printed at start so it can be added by hand too. */
export const DEMO_PROVIDER_KEY = "demo-provider-local-key";

export function demoProviderUrl(appUrl: string): string {
  return new URL("/api/demo-provider/v2", appUrl).toString();
}

/**
 * Local mode: makes sure the demo account exists and registers the built-in demo provider as an
 * ordinary provider of ours (key encrypted like any other). Returns whether it was created now.
 */
export async function seedDemoProvider(appUrl: string): Promise<boolean> {
  const account = await db.demoProviderAccount.findUnique({ where: { id: 1 }, select: { id: true } });
  if (!account) await ensureDemoAccount(DEMO_PROVIDER_KEY);
  const existing = await db.provider.findFirst({ where: { isDemo: true }, select: { id: true } });
  if (existing) return false;
  const apiKey = DEMO_PROVIDER_KEY;
  await db.provider.create({
    data: {
      name: DEMO_PROVIDER_NAME,
      apiUrl: demoProviderUrl(appUrl),
      apiKeyEncrypted: encryptSecret(apiKey),
      apiKeyHint: secretHint(apiKey),
      isDemo: true,
    },
  });
  return true;
}
