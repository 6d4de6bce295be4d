"use client";

import clsx from "clsx";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { toast } from "sonner";
import { problemFields, problemText, type Translator } from "@/components/forms/failure-text";
import { Button, buttonClass } from "@/components/ui/button";
import type { BrandImageKind } from "@/lib/brand/brand-image";
import type { Envelope } from "@/lib/http/envelope";

type Props = { kind: BrandImageKind; url: string | null; hint: string };

/**
 * Uploads the logo or the favicon as soon as a file is chosen (the server checks and resizes it), shows
 * the current one, and removes it. The page is refreshed after each change, so the header shows it too.
 */
export function BrandImageField({ kind, url, hint }: Props) {
  const t = useTranslations("brandSettings.images");
  const tAll = useTranslations() as unknown as Translator;
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const send = async (method: "POST" | "DELETE", body?: FormData) => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch(`/api/admin/brand/${kind}`, { method, body });
      const answer = (await response.json()) as Envelope<unknown>;
      if (!answer.success) {
        setError(problemFields(answer.error, tAll).file ?? problemText(answer.error, tAll));
        return;
      }
      toast.success(method === "POST" ? t(`uploaded.${kind}`) : t(`removed.${kind}`));
      router.refresh();
    } catch {
      setError(tAll("errors.internal"));
    } finally {
      setBusy(false);
      if (input.current) input.current.value = "";
    }
  };

  const upload = (file: File | undefined) => {
    if (!file) return;
    const form = new FormData();
    form.append("file", file);
    void send("POST", form);
  };

  return (
    <div className="space-y-3" data-testid={`brand-${kind}`}>
      <h3 className="text-sm font-medium text-slate-700">{t(kind)}</h3>
      <div className="flex min-h-20 items-center justify-center rounded-md border border-dashed border-slate-300 bg-slate-50 p-3">
        {url ? (
          // eslint-disable-next-line @next/next/no-img-element -- the uploaded image, served by /brand/<image>
          <img src={url} alt={t(`current.${kind}`)} className={kind === "logo" ? "max-h-12 max-w-full" : "h-8 w-8"} />
        ) : (
          <p className="text-center text-sm text-slate-500">{t(`none.${kind}`)}</p>
        )}
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {hint}
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <input
          ref={input}
          id={`${id}-file`}
          type="file"
          accept="image/png,image/jpeg,image/webp"
          className="peer sr-only"
          disabled={busy}
          aria-describedby={error ? `${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          onChange={(event) => upload(event.target.files?.[0])}
        />
        {/* The input stays focusable (screen readers, keyboard); its label is what is seen, ringed while it has focus. */}
        <label
          htmlFor={`${id}-file`}
          className={buttonClass(
            "secondary",
            clsx("peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500", busy ? "pointer-events-none opacity-60" : "cursor-pointer"),
          )}
        >
          {busy ? t("uploading") : t(`choose.${kind}`)}
        </label>
        {url ? (
          <Button variant="ghost" disabled={busy} onClick={() => void send("DELETE")}>
            {t(`remove.${kind}`)}
          </Button>
        ) : null}
      </div>
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-600 first-letter:uppercase">
          {error}
        </p>
      ) : null}
    </div>
  );
}
