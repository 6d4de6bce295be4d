import { invalidField } from "@/lib/errors/app-error";
import {
  checkOutboundUrl,
  OutboundRefused,
  OutboundUrlInvalid,
  outboundRules,
  outboundUrlRule,
  type OutboundRules,
} from "@/lib/net/outbound-url";

/** Saving a provider URL: the outbound guard's verdict as a 422 naming apiUrl (calls are checked again each time). */
export async function checkProviderUrl(apiUrl: string, rules: OutboundRules = outboundRules()): Promise<void> {
  try {
    await checkOutboundUrl(apiUrl, rules);
  } catch (error) {
    if (error instanceof OutboundRefused) throw invalidField("apiUrl", "validation.provider.privateTarget");
    if (error instanceof OutboundUrlInvalid) throw invalidField("apiUrl", outboundUrlRule(error.message));
    if ((error as NodeJS.ErrnoException).code === "ENOTFOUND") throw invalidField("apiUrl", "validation.provider.noHost");
    throw error;
  }
}
