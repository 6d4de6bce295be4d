import { z } from "zod";

export const SANDBOX_BASE_URL = "https://sandbox.sslcommerz.com";
export const LIVE_BASE_URL = "https://securepay.sslcommerz.com";

export type SslcommerzConfig = {
  baseUrl: string;
  storeId: string;
  storePassword: string;
  timeoutMs: number;
};

export type SessionRequest = {
  tranId: string;
  /** BDT with two decimals, e.g. "500.00". */
  amount: string;
  successUrl: string;
  failUrl: string;
  cancelUrl: string;
  ipnUrl: string;
  customer: { name: string; email: string; phone: string };
};

const text = z.union([z.string(), z.number()]).transform(String);

export const sessionAnswer = z.object({
  status: z.string(),
  failedreason: z.string().nullish(),
  sessionkey: z.string().nullish(),
  GatewayPageURL: z.string().nullish(),
});

/** The validation API's answer (only the fields we use; the rest is kept in the event payload). */
export const validationAnswer = z
  .object({
    status: z.string(),
    tran_id: text.nullish(),
    val_id: text.nullish(),
    amount: text.nullish(),
    currency: z.string().nullish(),
    currency_type: z.string().nullish(),
    currency_amount: text.nullish(),
    bank_tran_id: text.nullish(),
    card_type: z.string().nullish(),
    risk_level: text.nullish(),
    risk_title: z.string().nullish(),
  })
  .passthrough();
export type ValidationAnswer = z.infer<typeof validationAnswer>;

export const queryAnswer = z
  .object({
    APIConnect: z.string(),
    no_of_trans_found: text.nullish(),
    element: z.array(validationAnswer).nullish(),
  })
  .passthrough();
export type QueryAnswer = z.infer<typeof queryAnswer>;

export const refundAnswer = z
  .object({
    APIConnect: z.string(),
    status: z.string().nullish(),
    refund_ref_id: text.nullish(),
    bank_tran_id: text.nullish(),
    errorReason: z.string().nullish(),
  })
  .passthrough();
export type RefundAnswer = z.infer<typeof refundAnswer>;
