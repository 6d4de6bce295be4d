import { decryptSecret, secretHint } from "@/lib/crypto/secret-box";
import { getSetting } from "@/lib/settings/settings";
import type { PaymentSettingsInput } from "../schemas";

/** The settings form's values; the store password is never sent back, only a hint that one is saved. */
export async function paymentSettingsView(): Promise<{ values: PaymentSettingsInput; passwordHint: string | null }> {
  const [
    methods,
    minAmount,
    maxAmount,
    bkashNumber,
    nagadNumber,
    manualInstructions,
    manualInstructionsBn,
    sslcommerzMode,
    sslcommerzStoreId,
    sealed,
    reconcileAfterMinutes,
    expireAfterMinutes,
  ] = await Promise.all([
    getSetting("payments.methods"),
    getSetting("payments.minAmount"),
    getSetting("payments.maxAmount"),
    getSetting("payments.bkashNumber"),
    getSetting("payments.nagadNumber"),
    getSetting("payments.manualInstructions"),
    getSetting("payments.manualInstructionsBn"),
    getSetting("payments.sslcommerzMode"),
    getSetting("payments.sslcommerzStoreId"),
    getSetting("payments.sslcommerzStorePasswordSealed"),
    getSetting("payments.reconcileAfterMinutes"),
    getSetting("payments.expireAfterMinutes"),
  ]);
  let passwordHint: string | null = null;
  if (sealed) {
    try {
      passwordHint = secretHint(decryptSecret(sealed));
    } catch {
      passwordHint = "unreadable (ENCRYPTION_KEY changed) — enter it again";
    }
  }
  return {
    values: {
      methods,
      minAmount,
      maxAmount,
      bkashNumber,
      nagadNumber,
      manualInstructions,
      manualInstructionsBn,
      sslcommerzMode,
      sslcommerzStoreId,
      sslcommerzStorePassword: "",
      reconcileAfterMinutes,
      expireAfterMinutes,
    },
    passwordHint,
  };
}
