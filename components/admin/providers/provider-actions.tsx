"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { syncProviderAction, testProviderAction } from "@/lib/actions/admin/providers";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

/** "Test connection" (asks the provider for its balance) and "Sync now" (refreshes its services). */
export function ProviderActions({ providerId }: { providerId: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [state, setState] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const test = () =>
    startTransition(async () => {
      const result = await testProviderAction({ providerId });
      setState(
        result.success
          ? {
              tone: result.data.low ? "error" : "success",
              text: t(result.data.low ? "providers.connectedLow" : "providers.connected", {
                balance: result.data.balance,
                currency: result.data.currency,
              }),
            }
          : { tone: "error", text: failureMessage(result, t) },
      );
      router.refresh();
    });

  const sync = () =>
    startTransition(async () => {
      const result = await syncProviderAction({ providerId });
      setState(
        result.success
          ? {
              tone: "success",
              text: t("providers.synced", { checked: result.data.checked, updated: result.data.updated, vanished: result.data.vanished }),
            }
          : { tone: "error", text: failureMessage(result, t) },
      );
      router.refresh();
    });

  return (
    <div className="mt-4 space-y-3">
      {state ? <Notice tone={state.tone}>{state.text}</Notice> : null}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={test} disabled={pending}>
          {t("providers.testConnection")}
        </Button>
        <Button variant="secondary" onClick={sync} disabled={pending}>
          {t("providers.syncNow")}
        </Button>
      </div>
    </div>
  );
}
