"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

const OPEN = new Set(["INITIATED", "PENDING"]);
const TRIES = 6;

/**
 * On a return page the server is asked to verify with the gateway (never trusting the redirect): now,
 * then every 5 s a few times while the payment is open; the page re-renders with what is stored.
 */
export function VerifyPayment({ tranId, status }: { tranId: string; status: string }) {
  const t = useTranslations("payments.detail");
  const router = useRouter();
  const [checking, setChecking] = useState(false);
  const tries = useRef(0);
  const check = useCallback(async () => {
    setChecking(true);
    try {
      await fetch("/api/payments/verify", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tranId }),
      });
      router.refresh();
    } finally {
      setChecking(false);
    }
  }, [router, tranId]);

  useEffect(() => {
    if (!OPEN.has(status) || tries.current >= TRIES) return;
    const timer = setTimeout(
      () => {
        tries.current += 1;
        void check();
      },
      tries.current === 0 ? 0 : 5000,
    );
    return () => clearTimeout(timer);
  }, [check, status]);

  if (!OPEN.has(status)) return null;
  return (
    <div className="flex items-center gap-3 text-sm text-slate-600">
      <span>{checking ? t("checking") : t("open")}</span>
      <Button variant="secondary" disabled={checking} onClick={() => void check()}>
        {t("checkAgain")}
      </Button>
    </div>
  );
}
