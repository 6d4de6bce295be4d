"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, type ReactNode } from "react";
import { Button } from "./button";

export type ConfirmFact = { label: string; value: string; testId?: string };

type Props = {
  open: boolean;
  title: string;
  /** One sentence restating what will happen, its amounts already in the reader's currency and digits. */
  description: ReactNode;
  /** Figures worth a second look (the amount, the balance after), label → formatted value. */
  facts?: ConfirmFact[];
  /** Says what the button does ("Approve and credit"), never just "OK". */
  confirmLabel: string;
  tone?: "primary" | "danger";
  busy?: boolean;
  /** False while something inside still has to be filled in or ticked. */
  canConfirm?: boolean;
  /** Anything to fill in before confirming (a note). */
  children?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * The one confirmation before money moves or something is cancelled: a native modal <dialog> (focus
 * moves into it and stays there, Esc or a click outside cancels, focus returns to the button that opened
 * it). Focus starts on "Go back", so a stray Enter changes nothing.
 */
export function ConfirmDialog({
  open,
  title,
  description,
  facts,
  confirmLabel,
  tone = "primary",
  busy = false,
  canConfirm = true,
  children,
  onConfirm,
  onCancel,
}: Props) {
  const t = useTranslations();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
      dialog.querySelector<HTMLButtonElement>("[data-confirm-back]")?.focus();
    }
    if (!open && dialog.open) {
      dialog.close();
      giveFocusBack(opener.current);
    }
  }, [open]);
  // Unmounted while open (the parent dropped it): focus still goes back to where it was.
  useEffect(() => () => giveFocusBack(opener.current), []);

  const cancel = () => {
    if (!busy) onCancel();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      data-testid="confirm-dialog"
      onCancel={(event) => {
        event.preventDefault(); // Esc: the parent's state closes it
        cancel();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) cancel(); // the backdrop
      }}
      // It may sit in a table cell (a row's button opens it): none of the cell's alignment, weight or wrapping is inherited.
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg border border-slate-200 bg-white p-0 text-start text-sm font-normal tracking-normal whitespace-normal text-slate-900 normal-case shadow-xl backdrop:bg-slate-900/50"
    >
      {open ? (
        <div className="space-y-4 p-5">
          <h2 id={titleId} className="text-lg leading-snug font-semibold text-balance">
            {title}
          </h2>
          <div id={descriptionId} className="text-sm text-slate-700">
            {description}
          </div>
          {facts && facts.length > 0 ? (
            <dl className="space-y-1 rounded-md bg-slate-50 px-3 py-2 text-sm">
              {facts.map((fact) => (
                <div key={fact.label} className="flex flex-wrap justify-between gap-x-4">
                  <dt className="text-slate-600">{fact.label}</dt>
                  <dd className="min-w-0 font-semibold [overflow-wrap:anywhere] tabular-nums" data-testid={fact.testId}>
                    {fact.value}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
          {children}
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:flex-wrap sm:justify-end">
            <Button variant="secondary" data-confirm-back disabled={busy} onClick={cancel}>
              {t("feedback.confirm.back")}
            </Button>
            <Button variant={tone} disabled={busy || !canConfirm} onClick={onConfirm}>
              {busy ? t("common.working") : confirmLabel}
            </Button>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}

/** After the dialog closes, back to the button that opened it (once it is enabled again). */
function giveFocusBack(element: HTMLElement | null) {
  if (!element) return;
  setTimeout(() => {
    if (element.isConnected && document.activeElement === document.body) element.focus();
  }, 0);
}
