"use client";

import { useTranslations } from "next-intl";
import { problemText } from "@/components/forms/failure-text";
import type { Failure } from "@/lib/http/envelope";

/**
 * Refusals in the reader's language: the order codes this area knows (ordersAdmin.errors.*), then the
 * panel's shared codes and field rules (components/forms/failure-text.ts).
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
      return problemText(failure.error, t);
    },
  };
}
