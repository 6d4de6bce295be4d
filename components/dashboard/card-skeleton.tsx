import clsx from "clsx";

/** A card's shape while its figures load: a title bar and a few lines, announced once to screen readers. */
export function CardSkeleton({ label, lines = 3, className }: { label: string; lines?: number; className?: string }) {
  return (
    <div role="status" aria-live="polite" className={clsx("rounded-lg border border-slate-200 bg-white p-5 shadow-sm", className)}>
      <span className="sr-only">{label}</span>
      <div className="mb-4 h-4 w-32 animate-pulse rounded bg-slate-200" />
      <div className="space-y-3">
        {Array.from({ length: lines }, (_, row) => (
          <div key={row} className="h-4 animate-pulse rounded bg-slate-100" style={{ width: `${92 - row * 14}%` }} />
        ))}
      </div>
    </div>
  );
}
