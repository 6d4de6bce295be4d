import { decryptSecret } from "@/lib/crypto/secret-box";
import { env } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { getSetting } from "@/lib/settings/settings";
import { LIVE_BASE_URL, SANDBOX_BASE_URL, type SslcommerzConfig } from "./types";

const TIMEOUT_MS = 15_000;

/**
 * SSLCommerz credentials: the ones saved in the payment settings (password sealed at rest), else the
 * SSLCOMMERZ_* variables. Null when there are none: the method is then unavailable.
 */
export async function sslcommerzConfig(): Promise<SslcommerzConfig | null> {
  const [mode, storeId, sealed] = await Promise.all([
    getSetting("payments.sslcommerzMode"),
    getSetting("payments.sslcommerzStoreId"),
    getSetting("payments.sslcommerzStorePasswordSealed"),
  ]);
  const variables = env();
  let storePassword = variables.SSLCOMMERZ_STORE_PASSWORD ?? "";
  if (storeId && sealed) {
    try {
      storePassword = decryptSecret(sealed);
    } catch (error) {
      logger.error(
        { err: error instanceof Error ? error.message : "unknown" },
        "the saved SSLCommerz store password cannot be decrypted (ENCRYPTION_KEY changed?)",
      );
      return null;
    }
  }
  const id = storeId && sealed ? storeId : (variables.SSLCOMMERZ_STORE_ID ?? "");
  if (!id || !storePassword) return null;
  const baseUrl = variables.SSLCOMMERZ_BASE_URL ?? (mode === "live" ? LIVE_BASE_URL : SANDBOX_BASE_URL);
  return { baseUrl, storeId: id, storePassword, timeoutMs: TIMEOUT_MS };
}
