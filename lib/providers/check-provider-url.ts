import { invalidField } from "@/lib/http/errors";
import { checkOutboundUrl, OutboundRefused, OutboundUrlInvalid, outboundRules, type OutboundRules } from "@/lib/net/outbound-url";
import { REFUSED_TARGET } from "./probe-provider";

/** Saving a provider URL: the outbound guard's verdict as a 422 naming apiUrl (calls are checked again each time). */
export async function checkProviderUrl(apiUrl: string, rules: OutboundRules = outboundRules()): Promise<void> {
  try {
    await checkOutboundUrl(apiUrl, rules);
  } catch (error) {
    if (error instanceof OutboundRefused) throw invalidField("apiUrl", REFUSED_TARGET);
    if (error instanceof OutboundUrlInvalid) throw invalidField("apiUrl", error.message);
    if ((error as NodeJS.ErrnoException).code === "ENOTFOUND") throw invalidField("apiUrl", "this host name does not resolve");
    throw error;
  }
}
