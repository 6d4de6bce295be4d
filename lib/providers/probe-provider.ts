import { AppError, invalidField } from "@/lib/errors/app-error";
import { OUTBOUND_REFUSED, outboundUrlRule, type OutboundRules } from "@/lib/net/outbound-url";
import { createProviderClient, ProviderError } from "./client";

export type ProbeResult = { balance: string; currency: string };

/** Asks a provider for its balance: proves the URL speaks API v2 and the key works. */
export async function probeProvider(input: {
  providerId: string;
  apiUrl: string;
  apiKey: string;
  outbound?: OutboundRules;
}): Promise<ProbeResult> {
  const client = createProviderClient({
    providerId: input.providerId,
    apiUrl: input.apiUrl,
    apiKey: input.apiKey,
    timeoutMs: 10_000,
    outbound: input.outbound,
  });
  try {
    const { balance, currency } = await client.balance();
    return { balance: balance.toString(), currency };
  } catch (error) {
    throw providerProblem(error);
  }
}

/** A provider failure as a 4xx naming the field the admin should look at. */
export function providerProblem(error: unknown): AppError {
  if (!(error instanceof ProviderError)) return error instanceof AppError ? error : new AppError("provider_failed", String(error), 502);
  switch (error.kind) {
    case "auth":
      return invalidField("apiKey", "validation.provider.keyRefused", { detail: error.message });
    case "connect":
      if (error.causeCode === OUTBOUND_REFUSED) return invalidField("apiUrl", "validation.provider.privateTarget");
      if (error.causeCode === "ERR_INVALID_URL") return invalidField("apiUrl", outboundUrlRule(error.message));
      return invalidField("apiUrl", "validation.provider.noConnect");
    case "timeout":
      return invalidField("apiUrl", "validation.provider.timeout");
    case "server":
    case "protocol":
      return invalidField("apiUrl", "validation.provider.notApiV2", { detail: error.message });
    case "rate_limited":
      return new AppError("provider_rate_limited", "The provider is limiting requests; try again in a minute.", 429);
    default:
      return new AppError("provider_rejected", `The provider answered: ${error.message}`, 422);
  }
}
