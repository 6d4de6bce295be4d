import { encryptSecret, secretHint } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { importServices } from "@/lib/catalog/import-services";
import { parseServices } from "@/lib/providers/client/parse-services";
import { DEFAULT_DEMO_BALANCE, ensureDemoAccount } from "./account";
import { demoCatalog, toWireService } from "./catalog";

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
export async function seedDemoProvider(appUrl: string, query = ""): Promise<boolean> {
  const account = await db.demoProviderAccount.findUnique({ where: { id: 1 }, select: { id: true } });
  if (!account) await ensureDemoAccount(DEMO_PROVIDER_KEY);
  const existing = await db.provider.findFirst({ where: { isDemo: true }, select: { id: true } });
  if (existing) return false;
  const apiKey = DEMO_PROVIDER_KEY;
  const provider = await db.provider.create({
    data: {
      name: DEMO_PROVIDER_NAME,
      apiUrl: `${demoProviderUrl(appUrl)}${query ? `?${query}` : ""}`,
      apiKeyEncrypted: encryptSecret(apiKey),
      apiKeyHint: secretHint(apiKey),
      isDemo: true,
      balance: DEFAULT_DEMO_BALANCE,
      currency: "USD",
      balanceCheckedAt: new Date(),
    },
    select: { id: true },
  });
  await seedDemoCatalog(provider.id);
  return true;
}

/**
 * The demo provider's fixed services, every type (subscriptions 24 and 25 too) with their refill,
 * cancel and drip-feed flags as listed, imported at 25 % like an admin would (read in-process: Next is not up yet).
 */
async function seedDemoCatalog(providerId: string) {
  const admin = await db.user.findFirst({ where: { role: "ADMIN" }, orderBy: { createdAt: "asc" }, select: { id: true } });
  if (!admin) return;
  const { services } = parseServices(demoCatalog({ size: 0, variant: 0 }).map(toWireService));
  await importServices(
    {
      providerId,
      providerServiceIds: services.map((service) => service.serviceId),
      markupKind: "PERCENT",
      markupValue: "25",
      roundTo: null,
    },
    { id: admin.id },
    undefined,
    { services, currency: "USD" },
  );
}
