import clsx from "clsx";
import type { ReactNode } from "react";

type Tone = "error" | "success" | "info";

const TONES: Record<Tone, string> = {
  error: "border-red-200 bg-red-50 text-red-800",
  success: "border-emerald-200 bg-emerald-50 text-emerald-800",
  info: "border-sky-200 bg-sky-50 text-sky-800",
};

/** Our own status box (Next's route announcer also has role="alert", so tests target data-notice). */
export function Notice({ tone = "info", children }: { tone?: Tone; children: ReactNode }) {
  return (
    <div
      role={tone === "error" ? "alert" : "status"}
      data-notice={tone}
      className={clsx("rounded-md border px-3 py-2 text-sm", TONES[tone])}
    >
      {children}
    </div>
  );
}
