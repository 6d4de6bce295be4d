"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { failureMessage } from "@/components/forms/use-zod-form";
import { Button } from "@/components/ui/button";
import { startTwoFactorAction } from "@/lib/actions/user/two-factor";

/** Starts (or restarts, with a new key) setting up the second factor; the page then shows the QR code. */
export function TurnOnButton({ label, variant = "primary" }: { label: string; variant?: "primary" | "secondary" }) {
  const t = useTranslations();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    const result = await startTwoFactorAction({});
    setBusy(false);
    if (!result.success) return void toast.error(failureMessage(result, t));
    router.refresh();
  };
  return (
    <Button type="button" variant={variant} disabled={busy} onClick={start}>
      {busy ? t("common.working") : label}
    </Button>
  );
}
