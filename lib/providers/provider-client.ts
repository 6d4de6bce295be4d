import { decryptSecret } from "@/lib/crypto/secret-box";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { OutboundRules } from "@/lib/net/outbound-url";
import { getSetting } from "@/lib/settings/settings";
import { createProviderClient } from "./client";

/**
 * A ready client for a stored provider: the key is decrypted here and goes nowhere else. Its URL is
 * judged by the outbound rules on every call (default: this process's), not only when it was saved.
 */
export async function providerClientFor(providerId: string, options: { allowDisabled?: boolean; outbound?: OutboundRules } = {}) {
  const provider = await db.provider.findUnique({
    where: { id: providerId },
    select: { id: true, apiUrl: true, apiKeyEncrypted: true, status: true },
  });
  if (!provider) throw notFound("Provider");
  if (provider.status !== "ACTIVE" && !options.allowDisabled) throw new AppError("provider_disabled", "This provider is disabled.", 409);
  const timeoutMs = (await getSetting("providers.timeoutSeconds")) * 1000;
  return createProviderClient({
    providerId: provider.id,
    apiUrl: provider.apiUrl,
    apiKey: decryptSecret(provider.apiKeyEncrypted),
    timeoutMs,
    outbound: options.outbound,
  });
}
