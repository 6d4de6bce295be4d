"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { failureMessage } from "@/components/forms/use-zod-form";
import type { Envelope } from "@/lib/http/envelope";

/** A code typed into a form and sent to one action: its value, its error in the reader's language, busy. */
export function useCodeAction<T>(action: (input: { code: string }) => Promise<Envelope<T>>) {
  const t = useTranslations();
  const [code, setCode] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (): Promise<T | null> => {
    setBusy(true);
    setError(undefined);
    const result = await action({ code: code.trim() });
    setBusy(false);
    if (result.success) {
      setCode("");
      return result.data;
    }
    setError(failureMessage(result, t));
    return null;
  };
  const reset = () => {
    setCode("");
    setError(undefined);
  };
  return { code, setCode, error, busy, submit, reset };
}
