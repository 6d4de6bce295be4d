import type { z } from "zod";
import { encryptSecret } from "@/lib/crypto/secret-box";
import { setSetting } from "@/lib/settings/settings";
import type { paymentSettingsSchema } from "../schemas";

type Actor = { id: string; ip?: string | null };

/** Saves the payment settings (each audited by setSetting); the store password is sealed, never stored plain. */
export async function savePaymentSettings(actor: Actor, input: z.output<typeof paymentSettingsSchema>) {
  await setSetting("payments.methods", input.methods, actor);
  await setSetting("payments.minAmount", input.minAmount, actor);
  await setSetting("payments.maxAmount", input.maxAmount, actor);
  await setSetting("payments.bkashNumber", input.bkashNumber, actor);
  await setSetting("payments.nagadNumber", input.nagadNumber, actor);
  await setSetting("payments.manualInstructions", input.manualInstructions, actor);
  await setSetting("payments.manualInstructionsBn", input.manualInstructionsBn, actor);
  await setSetting("payments.sslcommerzMode", input.sslcommerzMode, actor);
  await setSetting("payments.sslcommerzStoreId", input.sslcommerzStoreId, actor);
  if (input.sslcommerzStorePassword)
    await setSetting("payments.sslcommerzStorePasswordSealed", encryptSecret(input.sslcommerzStorePassword), actor);
  await setSetting("payments.reconcileAfterMinutes", input.reconcileAfterMinutes, actor);
  await setSetting("payments.expireAfterMinutes", input.expireAfterMinutes, actor);
}
