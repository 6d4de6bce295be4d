import clsx from "clsx";
import type { ReactNode } from "react";

type Tone = "green" | "red" | "amber" | "slate" | "blue";
const TONES: Record<Tone, string> = {
  green: "bg-emerald-100 text-emerald-800",
  red: "bg-red-100 text-red-800",
  amber: "bg-amber-100 text-amber-800",
  slate: "bg-slate-100 text-slate-700",
  blue: "bg-blue-100 text-blue-800",
};

export function Badge({ tone = "slate", children }: { tone?: Tone; children: ReactNode }) {
  return <span className={clsx("inline-flex rounded-full px-2 py-0.5 text-xs font-medium", TONES[tone])}>{children}</span>;
}
