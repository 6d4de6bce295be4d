"use client";

import { useTranslations } from "next-intl";
import { failureMessage } from "@/components/forms/use-zod-form";
import type { Failure } from "@/lib/http/envelope";

/**
 * Refusals in the reader's language: the order codes this area knows (ordersAdmin.errors.*), then the
 * panel's shared codes (errors.*), else the server's own sentence (which names the field).
 */
export function useFailureText() {
  const t = useTranslations();
  const forCode = (code: string, message: string) => {
    const key = `ordersAdmin.errors.${code}`;
    return t.has(key) ? t(key as "ordersAdmin.errors.not_found") : message;
  };
  return {
    forCode,
    forFailure: (failure: Failure) => {
      const key = `ordersAdmin.errors.${failure.error.code}`;
      if (t.has(key)) return t(key as "ordersAdmin.errors.not_found");
      // A field rule: the shared "needs attention" plus the server's sentence naming the field and the limit.
      if (failure.error.code === "validation_failed") return `${failureMessage(failure, t, t.has)} ${failure.error.message}`;
      return failureMessage(failure, t, t.has);
    },
  };
}
