"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { problemFields } from "@/components/forms/failure-text";
import { ConfirmDialog, type ConfirmFact } from "@/components/ui/confirm-dialog";
import type { Envelope, Failure } from "@/lib/http/envelope";
import { localDigits } from "@/lib/i18n/local-digits";
import { numberFormat } from "@/lib/i18n/format-number";
import type { PickedService } from "./provider-service-picker";

/**
 * The state of "pick a provider, pick one of its live services, send it": the pick, the confirmation, the
 * busy flag and the answer (a refusal marks the picker's fields by the server's field names). `picker`
 * spreads onto a ProviderServicePicker. After an answer the dialog closes and, on success, `done` says
 * what happened (a notice, or null when it told the reader otherwise) and the page is read again.
 */
export function useProviderPick(fieldNames: { provider: string; service: string }, failureText: (failure: Failure) => string) {
  const t = useTranslations();
  const router = useRouter();
  const [picked, setPicked] = useState<PickedService | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});

  const run = async <T,>(call: () => Promise<Envelope<T>>, done: (data: T) => string | null) => {
    setBusy(true);
    setNotice(null);
    setFields({});
    try {
      const answer = await call();
      setConfirming(false);
      if (!answer.success) {
        setFields(problemFields(answer.error, t));
        return setNotice({ tone: "error", text: failureText(answer) });
      }
      const text = done(answer.data);
      if (text) setNotice({ tone: "success", text });
      router.refresh();
    } finally {
      setBusy(false);
    }
  };

  const picker = {
    value: picked,
    onChange: setPicked,
    disabled: busy,
    errors: { provider: fields[fieldNames.provider], service: fields[fieldNames.service] },
  };
  return { picked, setPicked, confirming, setConfirming, busy, notice, picker, run };
}

type ConfirmProps = {
  title: string;
  description: string;
  labels: { from: string; to: string; rate: string };
  current: { providerName: string | null; providerServiceId: string | null };
  picked: PickedService;
  /** Facts after from, to and rate. */
  more?: ConfirmFact[];
  confirmLabel: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The dialog before work moves to the picked service: from where, to where, at the provider's rate. */
export function ProviderPickConfirm({
  title,
  description,
  labels,
  current,
  picked,
  more = [],
  confirmLabel,
  busy,
  onConfirm,
  onCancel,
}: ConfirmProps) {
  const locale = useLocale();
  const id = (value: string | null) => (value ? `#${localDigits(value, locale)}` : "—");
  return (
    <ConfirmDialog
      open
      title={title}
      description={description}
      facts={[
        { label: labels.from, value: `${current.providerName ?? "—"} ${id(current.providerServiceId)}` },
        { label: labels.to, value: `${picked.providerName} ${id(picked.serviceId)} · ${picked.name}` },
        { label: labels.rate, value: `${numberFormat(locale, 7).format(picked.rate as unknown as number)} ${picked.currency}` },
        ...more,
      ]}
      confirmLabel={confirmLabel}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
