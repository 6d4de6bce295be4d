import type { PaymentMethod } from "@/lib/db/generated/enums";
import { env } from "@/lib/env";
import { money, type Money } from "@/lib/money/money";
import { getSetting } from "@/lib/settings/settings";
import { sslcommerzConfig } from "./sslcommerz/config";

export type PaymentConfig = {
  minAmount: Money;
  maxAmount: Money;
  /** Methods that are switched on AND set up (credentials, receiving number, sandbox allowed). */
  methods: PaymentMethod[];
  bkashNumber: string;
  nagadNumber: string;
  manualInstructions: string;
  /** The Bengali instructions ("" = none given: Bengali readers see the English ones). */
  manualInstructionsBn: string;
};

/** The built-in sandbox gateway: in local development and tests; under `next start` or outside local mode only when enabled. */
export function sandboxAllowed(): boolean {
  const { PANEL_MODE, NODE_ENV, SANDBOX_GATEWAY_ENABLED } = env();
  return SANDBOX_GATEWAY_ENABLED === "1" || (PANEL_MODE === "local" && NODE_ENV !== "production");
}

export async function paymentConfig(): Promise<PaymentConfig> {
  const [minAmount, maxAmount, switchedOn, bkashNumber, nagadNumber, manualInstructions, manualInstructionsBn, sslcommerz] =
    await Promise.all([
      getSetting("payments.minAmount"),
      getSetting("payments.maxAmount"),
      getSetting("payments.methods"),
      getSetting("payments.bkashNumber"),
      getSetting("payments.nagadNumber"),
      getSetting("payments.manualInstructions"),
      getSetting("payments.manualInstructionsBn"),
      sslcommerzConfig(),
    ]);
  const ready: Record<PaymentMethod, boolean> = {
    SSLCOMMERZ: sslcommerz !== null,
    SANDBOX: sandboxAllowed(),
    BKASH_MANUAL: bkashNumber !== "",
    NAGAD_MANUAL: nagadNumber !== "",
  };
  return {
    minAmount: money(minAmount),
    maxAmount: money(maxAmount),
    methods: switchedOn.filter((method) => ready[method]),
    bkashNumber,
    nagadNumber,
    manualInstructions,
    manualInstructionsBn,
  };
}
